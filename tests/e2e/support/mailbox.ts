import fs from "node:fs";
import path from "node:path";
import { startSmtpServer, type ReceivedMail } from "../../support/smtp-server";
import { E2E_DATA_DIR } from "./e2e-users";

/**
 * The seeded e2e server's mail: a real SMTP server started in the server's process (SMTP_URL points at it), which
 * writes each message as a JSON file here. Specs read the files; recipients are unique per spec, so specs never see
 * each other's mail.
 */
const MAILBOX_DIR = path.join(E2E_DATA_DIR, "mailbox");

/** In serve-seeded.ts, before the configuration is first read. Keeps an SMTP_URL the environment already sets. */
export async function startMailbox(): Promise<void> {
  if (process.env.SMTP_URL) return;
  fs.rmSync(MAILBOX_DIR, { recursive: true, force: true });
  fs.mkdirSync(MAILBOX_DIR, { recursive: true });
  let n = 0;
  const server = await startSmtpServer({
    onMail: (mail) => fs.writeFileSync(path.join(MAILBOX_DIR, `${Date.now()}-${String(++n).padStart(6, "0")}.json`), JSON.stringify(mail)),
  });
  process.env.SMTP_URL = server.url;
}

/** Every message received so far for `to`, oldest first. */
export function mailsTo(to: string): ReceivedMail[] {
  if (!fs.existsSync(MAILBOX_DIR)) return [];
  return fs
    .readdirSync(MAILBOX_DIR)
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(MAILBOX_DIR, file), "utf8")) as ReceivedMail)
    .filter((mail) => mail.to.includes(to.toLowerCase()));
}

/** The newest message for `to` that `match` accepts, waiting for it to arrive. */
export async function waitForMail(to: string, match: (mail: ReceivedMail) => boolean = () => true, timeoutMs = 15_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = mailsTo(to).filter(match).at(-1);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail for ${to} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
