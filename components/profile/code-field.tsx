import { TextField } from "@/components/ui/text-field";

/** A one-time code input: digits keyboard on phones, and the browser may fill it from an SMS-less OTP source. */
export function CodeField({ label = "Authentication code", hint, errors, id }: { label?: string; hint?: string; errors?: string[]; id?: string }) {
  return <TextField label={label} name="code" id={id} autoComplete="one-time-code" inputMode="text" spellCheck={false} maxLength={32} hint={hint} errors={errors} required />;
}
