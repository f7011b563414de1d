import "server-only";
import { DomainError } from "@/lib/action/errors";
import { defineAction } from "@/lib/action/define-action";
import { throttleReauthentication } from "@/lib/action/throttle-reauthentication";
import { ZStartTwoFactor } from "@/lib/validation/two-factor";
import { passwordUserOf, requirePassword } from "./password-user";
import { enrolmentDetails } from "./qr-code";
import { beginEnrolment, twoFactorStatus } from "./second-factor-store";

/**
 * Step one of enrolment (password re-entered): a secret that counts only after a valid code confirms it.
 * Exported for the audit-coverage test; forms call `startTwoFactorEnrolment`, which counts wrong passwords and codes.
 */
export const startTwoFactorEnrolmentInTx = defineAction({ permission: "profile:update", input: ZStartTwoFactor }, async ({ input, caller, tx }) => {
  const user = await passwordUserOf(tx, caller);
  await requirePassword(user.passwordHash, input.password);
  if ((await twoFactorStatus(tx, caller.userId)).enabled) throw new DomainError("conflict", "Two-factor authentication is already on.");
  const secret = await beginEnrolment(tx, caller.userId);
  return { result: await enrolmentDetails(secret, user.email), audit: { action: "two_factor.enrolment_started" } };
});

export const startTwoFactorEnrolment = throttleReauthentication(startTwoFactorEnrolmentInTx, "two_factor_setup");
