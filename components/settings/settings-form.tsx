"use client";

import { createContext, useActionState, useContext, useRef, type ReactNode } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import type { FieldErrors } from "@/lib/action/errors";
import type { SettingsSaveResult } from "@/lib/settings/run-settings-form";
import { useUnsavedChanges } from "./use-unsaved-changes";

export type SettingsAction = (prev: ActionState<SettingsSaveResult>, formData: FormData) => Promise<ActionState<SettingsSaveResult>>;

type Feedback = { errors?: FieldErrors; values?: Record<string, string> };
const FeedbackContext = createContext<Feedback>({});

/** A field's errors and the value it had when the save failed (React resets the form once the action settles). */
export function useFieldFeedback(name: string): { errors?: string[]; echoed?: string; failed: boolean } {
  const { errors, values } = useContext(FeedbackContext);
  return { errors: errors?.[name], echoed: values?.[name], failed: values !== undefined };
}

/**
 * One settings form: its own action, the outcome in a live region, the "Last changed" line and the unsaved-changes
 * warning. Fields are children (see settings-fields.tsx) and read their errors from here.
 */
export function SettingsForm(props: {
  action: SettingsAction;
  section: string;
  lastChanged: string | null;
  submitLabel?: string;
  /** For destructive actions: asked before anything is sent, and the button is marked as dangerous. */
  confirmMessage?: string;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(props.action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = useUnsavedChanges(formRef, state.status === "ok" ? state : undefined);
  const feedback: Feedback = state.status === "error" ? { errors: state.fieldErrors, values: state.values } : {};
  return (
    <form
      ref={formRef}
      action={formAction}
      className="flex max-w-xl flex-col gap-4"
      noValidate
      data-testid={`form-${props.section}`}
      // React runs no form action for a submit event whose default was prevented.
      onSubmit={(event) => {
        if (props.confirmMessage && !window.confirm(props.confirmMessage)) event.preventDefault();
      }}
    >
      <FeedbackContext.Provider value={feedback}>{props.children}</FeedbackContext.Provider>
      <FormStatus state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} label={props.submitLabel ?? "Save"} pendingLabel="Saving…" variant={props.confirmMessage ? "danger" : "primary"} />
        {dirty ? <span className="text-xs text-muted">Unsaved changes</span> : null}
        {props.lastChanged ? (
          <span className="text-xs text-muted" data-testid={`last-changed-${props.section}`}>
            {props.lastChanged}
          </span>
        ) : null}
      </div>
    </form>
  );
}
