"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { EmailChangeOutcome } from "@/lib/profile/confirm-email-change";
import { confirmEmailChangeAction } from "./actions";
import { LinkStateMessage } from "./link-state-message";

/** Opening the link changes nothing (mail scanners open links too): the person confirms with a button. */
export function ConfirmEmailForm({ token, newEmail }: { token: string; newEmail: string }) {
  const [outcome, action, pending] = useActionState<EmailChangeOutcome | null, FormData>(confirmEmailChangeAction, null);
  if (outcome && outcome.state !== "valid") {
    return (
      <div aria-live="polite">
        <LinkStateMessage outcome={outcome} />
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Confirm your new e-mail address</h1>
      <p className="text-sm">
        Make <strong>{newEmail}</strong> the e-mail address of your Gatehouse account? Your current address stops working for sign-in.
      </p>
      <input type="hidden" name="token" value={token} />
      <div>
        <SubmitButton pending={pending} label="Confirm new address" pendingLabel="Confirming…" />
      </div>
    </form>
  );
}
