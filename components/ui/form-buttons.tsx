import { Button } from "./button";
import { SubmitButton } from "./submit-button";

/** A form's submit button and a Cancel beside it. */
export function FormButtons({ pending, label, pendingLabel, onCancel }: { pending: boolean; label: string; pendingLabel: string; onCancel: () => void }) {
  return (
    <div className="flex gap-2">
      <SubmitButton pending={pending} label={label} pendingLabel={pendingLabel} />
      <Button type="button" variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
