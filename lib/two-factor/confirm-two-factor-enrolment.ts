import "server-only";
import { defineAction } from "@/lib/action/define-action";
import { ZConfirmTwoFactor } from "@/lib/validation/two-factor";
import { passwordUserOf, wrongEnrolmentCode } from "./password-user";
import { confirmEnrolment } from "./second-factor-store";

/** A valid code from the app turns the pending secret on and yields the ten recovery codes (shown once). */
export const confirmTwoFactorEnrolment = defineAction({ permission: "profile:update", input: ZConfirmTwoFactor }, async ({ input, caller, tx }) => {
  await passwordUserOf(tx, caller);
  const recoveryCodes = await confirmEnrolment(tx, caller.userId, input.code);
  if (!recoveryCodes) throw wrongEnrolmentCode();
  return { result: { recoveryCodes }, audit: { action: "two_factor.enabled", details: { method: "totp" } } };
});
