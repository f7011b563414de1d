import "server-only";
import { DomainError } from "@/lib/action/errors";
import { defineAction } from "@/lib/action/define-action";
import { throttleReauthentication } from "@/lib/action/throttle-reauthentication";
import { ZDisableTwoFactor } from "@/lib/validation/two-factor";
import { passwordUserOf, requirePassword, wrongCode } from "./password-user";
import { acceptSecondFactor, removeTwoFactor, twoFactorStatus } from "./second-factor-store";

/**
 * Turning two-factor off needs both the password and a code (authenticator or recovery code).
 * Exported for the audit-coverage test; forms call `disableTwoFactor`, which counts wrong passwords and codes.
 */
export const disableTwoFactorInTx = defineAction({ permission: "profile:update", input: ZDisableTwoFactor }, async ({ input, caller, tx }) => {
  const user = await passwordUserOf(tx, caller);
  if (!(await twoFactorStatus(tx, caller.userId)).enabled) throw new DomainError("conflict", "Two-factor authentication is already off.");
  await requirePassword(user.passwordHash, input.password);
  const factor = await acceptSecondFactor(tx, caller.userId, input.code);
  if (!factor) throw wrongCode();
  await removeTwoFactor(tx, caller.userId);
  return { result: { disabled: true }, audit: { action: "two_factor.disabled", details: { provedWith: factor } } };
});

export const disableTwoFactor = throttleReauthentication(disableTwoFactorInTx, "two_factor_disable");
