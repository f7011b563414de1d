import "server-only";
import type { Caller, RequestMeta } from "@/lib/auth/caller";
import { releaseReservation, reserveAttempt, resetThrottle } from "@/lib/auth/throttle";
import { ACCOUNT_FREE_FAILURES, describeWait } from "@/lib/auth/throttle-policy";
import { record, type AuditEntry } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import { actorOf, type DefinedAction } from "./define-action";
import { DomainError, ReauthenticationFailed } from "./errors";

const WINDOW_MINUTES = 24 * 60;

/** Names the form in the audit details, so an Admin sees what someone with the session was trying to change. */
export type ReauthenticationPurpose = "password_change" | "email_change" | "two_factor_setup" | "two_factor_disable" | "recovery_codes";

async function recordFor(caller: Caller, meta: RequestMeta, entry: AuditEntry): Promise<void> {
  await getDb().transaction((tx) => record(tx, { tenantId: caller.tenantId, actor: actorOf(caller), ...meta }, entry));
}

/**
 * Wrong passwords and codes typed into profile forms are counted per user, like sign-in attempts (decision 0004):
 * whoever holds a session cannot guess the password or a code there without limit. The attempt is reserved in its own
 * committed transaction before the action runs (the action's transaction rolls back on a wrong password, so it cannot
 * keep the count). A success clears the count; a refusal for any other reason gives the reserved attempt back.
 */
export function throttleReauthentication<I, O>(action: DefinedAction<I, O>, purpose: ReauthenticationPurpose): DefinedAction<I, O> {
  return {
    permission: action.permission,
    input: action.input,
    async execute(caller, rawInput, meta) {
      const key = `reauth:${caller.userId}`;
      const reservation = await getDb().transaction((tx) => reserveAttempt(tx, { key, freeFailures: ACCOUNT_FREE_FAILURES, windowMinutes: WINDOW_MINUTES }));
      if (!reservation.allowed) {
        await recordFor(caller, meta, { action: "profile.reauthentication_throttled", details: { purpose, retryAfterSeconds: reservation.retryAfterSeconds } });
        throw new DomainError("rate_limited", `Too many wrong passwords or codes. Try again in ${describeWait(reservation.retryAfterSeconds)}.`);
      }
      try {
        const result = await action.execute(caller, rawInput, meta);
        await getDb().transaction((tx) => resetThrottle(tx, key));
        return result;
      } catch (error) {
        if (error instanceof ReauthenticationFailed) {
          await recordFor(caller, meta, { action: "profile.reauthentication_failed", details: { purpose, proof: error.proof } });
        } else {
          await getDb().transaction((tx) => releaseReservation(tx, key));
        }
        throw error;
      }
    },
  };
}
