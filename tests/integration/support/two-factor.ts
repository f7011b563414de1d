import { Secret, TOTP } from "otpauth";
import { getDb } from "@/lib/db";
import { beginEnrolment, confirmEnrolment } from "@/lib/two-factor/second-factor-store";

/** What an authenticator app shows for this secret at `at` (default: the next step, so a step just used at enrolment is not replayed). */
export function totpCode(secret: string, at = Date.now() + 30_000): string {
  return new TOTP({ secret: Secret.fromBase32(secret.replace(/\s+/g, "")), algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: at });
}

/** Turns two-factor on for a user directly in the store (with the current step's code). */
export async function enrolTwoFactor(userId: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  return getDb().transaction(async (tx) => {
    const secret = await beginEnrolment(tx, userId);
    const recoveryCodes = await confirmEnrolment(tx, userId, totpCode(secret, Date.now()));
    if (!recoveryCodes) throw new Error("enrolment failed");
    return { secret, recoveryCodes };
  });
}
