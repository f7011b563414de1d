import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { getConfig } from "@/lib/config/config";

export type OutgoingMail = { to: string; subject: string; text: string; html?: string };

const globalForMail = globalThis as unknown as { gatehouseMailer?: Transporter };

function smtpTransport(url: string): Transporter {
  globalForMail.gatehouseMailer ??= nodemailer.createTransport(url);
  return globalForMail.gatehouseMailer;
}

/** Without SMTP_URL nothing is lost in development: the message is logged and written to DATA_DIR/outbox as .eml. */
async function deliverToOutbox(mail: OutgoingMail & { from: string }): Promise<void> {
  const { dataDir } = getConfig();
  const outbox = path.join(dataDir, "outbox");
  await fs.mkdir(outbox, { recursive: true });
  const info = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }).sendMail(mail);
  const file = path.join(outbox, `${new Date().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^a-zA-Z0-9]/g, "")}.eml`);
  await fs.writeFile(file, info.message as Buffer);
  console.info(`[mail] (no SMTP_URL) to ${mail.to}: ${mail.subject}\n${mail.text}\n[mail] saved to ${file}`);
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const { smtpUrl, mailFrom } = getConfig();
  const message = { ...mail, from: mailFrom };
  if (!smtpUrl) return deliverToOutbox(message);
  await smtpTransport(smtpUrl).sendMail(message);
}
