"use client";

import { useActionState, useEffect, type ReactNode } from "react";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import { Button } from "./button";
import { FormStatus } from "./form-status";
import { Modal, useModal } from "./modal";

type FormAction<T> = (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

type Props<T> = {
  /** The button that opens the confirmation. */
  label: string;
  ariaLabel?: string;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  action: FormAction<T>;
  /** Hidden fields the action receives (e.g. the id). */
  fields: Record<string, string>;
  danger?: boolean;
  /** What to show once the action succeeded (e.g. a new secret); without it the dialog just closes. */
  result?: (data: T, close: () => void) => ReactNode;
};

function ConfirmForm<T>({ action, fields, confirmLabel, pendingLabel, danger, message, result, close }: Omit<Props<T>, "label" | "title"> & { close: () => void }) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, IDLE);
  const done = state.status === "ok";
  useEffect(() => {
    if (done && !result) close();
  }, [done, result, close]);
  if (state.status === "ok" && result) return result(state.data, close);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <div className="text-sm">{message}</div>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} />
      <div className="flex gap-2">
        <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending}>
          {pending ? pendingLabel : confirmLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={close}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** A button that asks before it acts: destructive actions never run on a single click. */
export function ConfirmAction<T>({ label, ariaLabel, title, ...form }: Props<T>) {
  const modal = useModal();
  return (
    <>
      <Button type="button" variant="secondary" className="px-2 py-1" aria-label={ariaLabel} onClick={modal.show}>
        {label}
      </Button>
      <Modal open={modal.open} title={title} onClose={modal.close}>
        <ConfirmForm key={modal.round} {...form} close={modal.close} />
      </Modal>
    </>
  );
}
