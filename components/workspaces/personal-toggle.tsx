import { Button } from "@/components/ui/button";

/** A GET form that adds `personal=1` to the address: lists of every workspace leave personal ones out by default. */
export function PersonalToggle({ checked, label }: { checked: boolean; label: string }) {
  return (
    <form method="get" className="mb-4 flex items-center gap-3 text-sm">
      <label className="flex items-center gap-2">
        <input type="checkbox" name="personal" value="1" defaultChecked={checked} />
        {label}
      </label>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
  );
}
