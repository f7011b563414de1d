import type { ActionState } from "@/lib/action/action-state";

/** The form-level outcome, in a polite live region so screen readers hear it. */
export function FormStatus({ state }: { state: ActionState<unknown> }) {
  return (
    <div aria-live="polite" className="min-h-5 text-sm">
      {state.status === "error" ? (
        <p className="rounded-md bg-danger-bg px-3 py-2 text-danger" data-testid="form-error">
          {state.message}
        </p>
      ) : null}
      {state.status === "ok" && state.message ? (
        <p className="rounded-md bg-success-bg px-3 py-2 text-success" data-testid="form-success">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
