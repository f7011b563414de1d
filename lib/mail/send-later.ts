import "server-only";
import { after } from "next/server";
import { sendMail, type OutgoingMail } from "./transport";

/** Sends after the response is out: the requester can neither wait on nor time the delivery. Failures are logged. */
export function sendMailAfterResponse(mail: OutgoingMail): void {
  after(() => sendMail(mail).catch((error: unknown) => console.error(`[mail] sending "${mail.subject}" failed: ${error instanceof Error ? error.message : String(error)}`)));
}
