import { TextField } from "@/components/ui/text-field";

/** A one-time code input (a TOTP or a recovery code); `one-time-code` lets password managers fill it. */
export function CodeField({ label = "Authentication code", hint, errors, id }: { label?: string; hint?: string; errors?: string[]; id?: string }) {
  return <TextField label={label} name="code" id={id} autoComplete="one-time-code" inputMode="text" spellCheck={false} maxLength={32} hint={hint} errors={errors} required />;
}
