import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server";

describe("mail", () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.stop());

  it("delivers through SMTP_URL to a real SMTP server", async () => {
    vi.resetModules();
    vi.stubEnv("SMTP_URL", smtp.url);
    vi.stubEnv("MAIL_FROM", "Gatehouse <no-reply@gatehouse.test>");
    const { sendMail } = await import("@/lib/mail/transport");
    await sendMail({ to: "ada@acme.test", subject: "Hello from the test", text: "Line one.\nLine two." });
    const mail = await smtp.waitFor((m) => m.to.includes("ada@acme.test"));
    expect(mail.from).toBe("no-reply@gatehouse.test");
    expect(mail.subject).toBe("Hello from the test");
    expect(mail.text).toContain("Line two.");
    vi.unstubAllEnvs();
  });

  it("without SMTP_URL writes the message to the dev outbox and the log", async () => {
    vi.resetModules();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-outbox-"));
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("DATA_DIR", dataDir);
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const { sendMail } = await import("@/lib/mail/transport");
    await sendMail({ to: "bob@acme.test", subject: "Outbox check", text: "Body text." });
    const files = fs.readdirSync(path.join(dataDir, "outbox"));
    expect(files).toHaveLength(1);
    const eml = fs.readFileSync(path.join(dataDir, "outbox", files[0]!), "utf8");
    expect(eml).toMatch(/^To: bob@acme.test$/m);
    expect(eml).toMatch(/^Subject: Outbox check$/m);
    expect(info.mock.calls.flat().join("\n")).toContain("to bob@acme.test: Outbox check");
    info.mockRestore();
    vi.unstubAllEnvs();
  });
});
