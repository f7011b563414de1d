/** The look of every text-like control (input, select, textarea). */
export const CONTROL_CLASS = "rounded-md border border-border bg-card px-3 py-2 text-sm text-fg aria-invalid:border-danger";

/** The hint and error lines under a field, with the ids its control lists in aria-describedby. */
export function describedByIds(fieldId: string, hint?: string, errors?: string[]): string | undefined {
  return [hint ? `${fieldId}-hint` : null, errors?.length ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldMessages({ fieldId, hint, errors }: { fieldId: string; hint?: string; errors?: string[] }) {
  return (
    <>
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${fieldId}-error`} className="text-sm text-danger">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}
