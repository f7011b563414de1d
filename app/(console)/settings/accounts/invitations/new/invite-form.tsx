"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { SearchPicker } from "@/components/forms/search-picker";
import { WorkspaceGrantsPicker } from "@/components/invitations/workspace-grants-picker";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, describedByIds, FieldMessages } from "@/components/ui/field-message";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import type { PickerSearch } from "@/lib/directory/picker-option";
import type { RefusedAddress } from "@/lib/invitations/classify-addresses";
import { previewInvitationsAction, sendInvitationsAction, type InviteOutcome, type InvitePreview } from "../actions";

const CSV_HINT = "Read on the server: the column headed “email”, else the first column.";

type Props = { roleOptions: { value: string; label: string }[]; searchGroups: PickerSearch; searchWorkspaces: PickerSearch };

/**
 * Two steps on one form: "Preview" says which addresses would be invited and why the others not; "Send N
 * invitations" posts the same form again (the server checks everything anew). Editing the form after a preview hides
 * the send button until the next preview. The form is submitted by hand so that React does not reset it in between.
 */
export function InviteForm({ roleOptions, searchGroups, searchWorkspaces }: Props) {
  const [preview, previewAction, previewing] = useActionState<ActionState<InvitePreview>, FormData>(previewInvitationsAction, IDLE);
  const [outcome, sendAction, sending] = useActionState<ActionState<InviteOutcome>, FormData>(sendInvitationsAction, IDLE);
  const [, startTransition] = useTransition();
  const [step, setStep] = useState<"preview" | "send">("preview");
  const [stale, setStale] = useState(false);
  const [version, setVersion] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const last = step === "send" ? outcome : preview;
  const errors = last.status === "error" ? last.fieldErrors : undefined;
  const ready = step === "preview" && preview.status === "ok" && !stale ? preview.data : null;
  // A batch sent: a blank form for the next one.
  useEffect(() => {
    if (outcome.status === "ok") setVersion((v) => v + 1);
  }, [outcome]);

  const submit = (next: "preview" | "send") => {
    if (!form.current) return;
    const data = new FormData(form.current);
    setStep(next);
    setStale(false);
    startTransition(() => (next === "preview" ? previewAction : sendAction)(data));
  };

  return (
    <div className="flex flex-col gap-6">
      <form
        key={version}
        ref={form}
        noValidate
        className="flex max-w-xl flex-col gap-4"
        onChange={() => setStale(true)}
        onSubmit={(e) => {
          e.preventDefault();
          submit("preview");
        }}
      >
        <TextAreaField id="invite-emails" name="emails" label="E-mail addresses" hint="Separate them with commas, semicolons or new lines." errors={errors?.emails} />
        <div className="flex flex-col gap-1">
          <label htmlFor="invite-csv" className="text-sm font-medium">
            Or a CSV file
          </label>
          <input id="invite-csv" type="file" name="csv" accept=".csv,text/csv" className={CONTROL_CLASS} aria-describedby={describedByIds("invite-csv", CSV_HINT, errors?.csv)} />
          <FieldMessages fieldId="invite-csv" hint={CSV_HINT} errors={errors?.csv} />
        </div>
        <SelectField id="invite-role" name="role" label="Tenant role" options={roleOptions} defaultValue="consumer" errors={errors?.role} />
        <SearchPicker id="invite-groups" name="groupIds" label="Groups" search={searchGroups} multiple errors={errors?.groupIds} hint="Optional." />
        <WorkspaceGrantsPicker id="invite-workspaces" name="workspaces" label="Workspaces" search={searchWorkspaces} errors={errors?.workspaces} hint="Optional; choose a role for each." />
        <div>
          <Button type="submit" variant="secondary" disabled={previewing}>
            {previewing ? "Checking…" : "Preview"}
          </Button>
        </div>
      </form>

      {ready ? (
        <section aria-labelledby="invite-preview-title" className="flex flex-col gap-3" data-testid="invite-preview">
          <h3 id="invite-preview-title" className="font-semibold">
            Preview
          </h3>
          <p className="text-sm">
            {ready.valid.length} address{ready.valid.length === 1 ? "" : "es"} will be invited.
            {ready.refused.length ? ` ${ready.refused.length} will not:` : ""}
          </p>
          <RefusedTable refused={ready.refused} caption="Addresses that will not be invited" />
          {ready.valid.length ? (
            <div>
              <Button
                type="button"
                disabled={sending}
                onClick={() => submit("send")}
              >
                {sending ? "Sending…" : `Send ${ready.valid.length} invitation${ready.valid.length === 1 ? "" : "s"}`}
              </Button>
            </div>
          ) : null}
        </section>
      ) : null}

      <p aria-live="polite" className="text-sm">
        {sending ? "Sending invitations…" : ""}
      </p>
      <FormStatus state={last} />
      {step === "send" && outcome.status === "ok" ? (
        <section className="flex flex-col gap-3" data-testid="invite-outcome">
          <RefusedTable refused={outcome.data.refused} caption="Addresses not invited" />
          {outcome.data.mailFailures.length ? (
            <RefusedTable refused={outcome.data.mailFailures.map((f) => ({ email: f.email, problem: "invalid", message: f.message }))} caption="Invited, but the e-mail failed" />
          ) : null}
          <p className="text-sm">
            <Link href="/settings/accounts/invitations" className="text-accent underline">
              See the invitations
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}

function RefusedTable({ refused, caption }: { refused: RefusedAddress[]; caption: string }) {
  if (!refused.length) return null;
  return (
    <table className="w-full text-sm" data-testid="refused-addresses">
      <caption className="text-left font-medium">{caption}</caption>
      <thead>
        <tr className="border-b border-border text-left">
          <th scope="col" className="py-1 pr-4">Address</th>
          <th scope="col" className="py-1">Why</th>
        </tr>
      </thead>
      <tbody>
        {refused.map((r, i) => (
          <tr key={`${r.email}-${i}`} className="border-b border-border">
            <th scope="row" className="py-1 pr-4 text-left font-normal break-all">{r.email}</th>
            <td className="py-1">{r.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
