import "server-only";
import { DomainError } from "@/lib/action/errors";
import { defineAction } from "@/lib/action/define-action";
import { throttleReauthentication } from "@/lib/action/throttle-reauthentication";
import { ZRegenerateRecoveryCodes } from "@/lib/validation/two-factor";
import { passwordUserOf, requirePassword, wrongCode } from "./password-user";
import { acceptSecondFactor, issueRecoveryCodes, twoFactorStatus } from "./second-factor-store";

/**
 * New recovery codes replace all old ones; proven with the password or a current authenticator code.
 * Exported for the audit-coverage test; forms call `regenerateRecoveryCodes`, which counts wrong passwords and codes.
 */
export const regenerateRecoveryCodesInTx = defineAction({ permission: "profile:update", input: ZRegenerateRecoveryCodes }, async ({ input, caller, tx }) => {
  const user = await passwordUserOf(tx, caller);
  if (!(await twoFactorStatus(tx, caller.userId)).enabled) throw new DomainError("conflict", "Two-factor authentication is off.");
  if (input.password) await requirePassword(user.passwordHash, input.password);
  else if (!(await acceptSecondFactor(tx, caller.userId, input.code, { recoveryCodes: false }))) throw wrongCode();
  const recoveryCodes = await issueRecoveryCodes(tx, caller.userId);
  return { result: { recoveryCodes }, audit: { action: "two_factor.recovery_codes_regenerated", details: { provedWith: input.password ? "password" : "totp" } } };
});

export const regenerateRecoveryCodes = throttleReauthentication(regenerateRecoveryCodesInTx, "recovery_codes");
