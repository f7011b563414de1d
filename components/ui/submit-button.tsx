import type { ComponentProps } from "react";
import { Button } from "./button";

/** The form's submit button: disabled and relabelled while its action runs, so nobody submits twice. */
export function SubmitButton({ pending, label, pendingLabel, variant }: { pending: boolean; label: string; pendingLabel: string; variant?: ComponentProps<typeof Button>["variant"] }) {
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} variant={variant}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
