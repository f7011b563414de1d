import fs from "node:fs";
import type { ReceivedMail } from "../../support/smtp-server";
import { E2E_MAILBOX_FILE } from "./e2e-users";

// The seeded server's mail: serve-seeded.ts starts a real SMTP server and appends every message to the mailbox file.
// Recipients are unique per spec, so specs never see each other's mail.

/** Every message received so far for `to`, oldest first. */
export function mailsTo(to: string): ReceivedMail[] {
  if (!fs.existsSync(E2E_MAILBOX_FILE)) return [];
  return fs
    .readFileSync(E2E_MAILBOX_FILE, "utf8")
    .split("\n")
    .filter(Boolean)
    .flatMap((line) => parsedMail(line))
    .filter((mail) => mail.to.includes(to.toLowerCase()));
}

/** A line the server is still writing does not parse yet; it is read on the next poll. */
function parsedMail(line: string): ReceivedMail[] {
  try {
    return [JSON.parse(line) as ReceivedMail];
  } catch {
    return [];
  }
}

/** The newest message for `to` that `match` accepts, waiting for it to arrive. */
export async function waitForMail(to: string, match: (mail: ReceivedMail) => boolean = () => true, timeoutMs = 15_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = mailsTo(to).filter(match).at(-1);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail for ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
