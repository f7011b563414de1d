"use server";

import type { ActionState } from "@/lib/action/action-state";
import { runFormAction, runSettingsAction } from "@/lib/action/run-form-action";
import type { EnrolmentDetails } from "@/lib/two-factor/qr-code";
import { confirmTwoFactorEnrolment } from "@/lib/two-factor/confirm-two-factor-enrolment";
import { disableTwoFactor as disable } from "@/lib/two-factor/disable-two-factor";
import { regenerateRecoveryCodes } from "@/lib/two-factor/regenerate-recovery-codes";
import { startTwoFactorEnrolment } from "@/lib/two-factor/start-two-factor-enrolment";

type Codes = { recoveryCodes: string[] };

export async function startTwoFactor(_prev: ActionState<EnrolmentDetails>, formData: FormData): Promise<ActionState<EnrolmentDetails>> {
  return runFormAction(startTwoFactorEnrolment, formData);
}

/** No revalidation here: the page would re-render as "on" and drop the codes; the client refreshes once they are saved. */
export async function confirmTwoFactor(_prev: ActionState<Codes>, formData: FormData): Promise<ActionState<Codes>> {
  return runFormAction(confirmTwoFactorEnrolment, formData, "Two-factor authentication is on.");
}

export async function regenerateCodes(_prev: ActionState<Codes>, formData: FormData): Promise<ActionState<Codes>> {
  return runSettingsAction(regenerateRecoveryCodes, formData, "New recovery codes replace the old ones.");
}

export async function disableTwoFactor(_prev: ActionState<{ disabled: boolean }>, formData: FormData): Promise<ActionState<{ disabled: boolean }>> {
  return runSettingsAction(disable, formData, "Two-factor authentication is off.");
}
