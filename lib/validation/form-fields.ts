import { z } from "zod";

/** A checkbox: FormData carries "on" when ticked and nothing when not (the API may send a boolean). */
export const ZCheckbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** A whole number typed into a form (a string) or sent as JSON (a number), within [min, max]. */
export function zWholeNumber(range: { min: number; max: number }) {
  const message = `Enter a whole number from ${range.min} to ${range.max}.`;
  return z.preprocess(
    (v) => (typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
    z.number({ message }).int(message).min(range.min, message).max(range.max, message),
  );
}
