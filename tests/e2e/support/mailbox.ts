import fs from "node:fs";
import type { ReceivedMail } from "../../support/smtp-server";
import { E2E_MAILBOX_FILE } from "./e2e-users";

function received(): ReceivedMail[] {
  return fs
    .readFileSync(E2E_MAILBOX_FILE, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReceivedMail);
}

/** The first mail the seeded server's SMTP server received that matches, waiting for it to arrive. */
export async function waitForMail(match: (mail: ReceivedMail) => boolean, timeoutMs = 10_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = received().find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching mail within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
