"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action/action-state";
import { refuse } from "@/lib/action/errors";
import { runPickerSearch } from "@/lib/action/run-picker-search";
import { runSettingsAction, toErrorState } from "@/lib/action/run-form-action";
import { getCaller } from "@/lib/auth/current-caller";
import { pickGroupsForInvitation, pickWorkspacesForInvitation } from "@/lib/directory/pickers";
import { cancelInvitation } from "@/lib/invitations/cancel-invitation";
import type { ClassifiedAddresses } from "@/lib/invitations/classify-addresses";
import { invitationFormInput } from "@/lib/invitations/invitation-form-input";
import { inviteAndMail, resendAndMail } from "@/lib/invitations/invite-and-mail";
import { previewInvitations } from "@/lib/invitations/preview-invitations";
import { currentRequestMeta } from "@/lib/request/meta";

export type InvitePreview = ClassifiedAddresses;
export type InviteOutcome = Awaited<ReturnType<typeof inviteAndMail.execute>>;

/** Reads the form (and its CSV file) and says what sending would do; changes nothing. */
export async function previewInvitationsAction(_prev: ActionState<InvitePreview>, formData: FormData): Promise<ActionState<InvitePreview>> {
  try {
    const caller = await getCaller();
    if (!caller) throw refuse.unauthenticated();
    return { status: "ok", data: await previewInvitations(caller, await invitationFormInput(formData)) };
  } catch (error) {
    return toErrorState(error);
  }
}

export async function sendInvitationsAction(_prev: ActionState<InviteOutcome>, formData: FormData): Promise<ActionState<InviteOutcome>> {
  try {
    const caller = await getCaller();
    if (!caller) throw refuse.unauthenticated();
    const outcome = await inviteAndMail.execute(caller, await invitationFormInput(formData), await currentRequestMeta());
    revalidatePath("/settings", "layout");
    const n = outcome.invited.length;
    return { status: "ok", data: outcome, message: `${n} invitation${n === 1 ? "" : "s"} sent.` };
  } catch (error) {
    return toErrorState(error);
  }
}

export async function resendInvitationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runSettingsAction(resendAndMail, formData, "Invitation sent again with a new link.");
  if (state.status === "ok" && state.data.mailFailures.length) {
    return { status: "error", code: "internal", message: "A new link was made (the old one no longer works), but its e-mail could not be sent. Try Resend again." };
  }
  return state;
}

export async function cancelInvitationAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(cancelInvitation, formData, "Invitation cancelled.");
}

export async function searchGroupsForInvitation(query: string) {
  return runPickerSearch((caller) => pickGroupsForInvitation(caller, query));
}

export async function searchWorkspacesForInvitation(query: string) {
  return runPickerSearch((caller) => pickWorkspacesForInvitation(caller, query));
}
