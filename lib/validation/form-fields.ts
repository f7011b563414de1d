import { z } from "zod";

const TICKED: readonly unknown[] = [true, "on", "true"];
const UNTICKED: readonly unknown[] = [false, "false"];

/**
 * A checkbox: FormData carries "on" when ticked and nothing when not; JSON sends true or false. Absent counts as
 * false (an unticked box sends nothing); any other value is refused rather than read as false.
 */
export const ZCheckbox = z
  .preprocess((v) => (TICKED.includes(v) ? true : UNTICKED.includes(v) ? false : v), z.boolean({ message: "Choose true or false." }))
  .default(false)
  .meta({ description: "true or false; absent counts as false." });

/** A whole number typed into a form (a string) or sent as JSON (a number), within [min, max]. */
export function zWholeNumber(range: { min: number; max: number }) {
  const message = `Enter a whole number from ${range.min} to ${range.max}.`;
  return z.preprocess(
    (v) => (typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
    z.number({ message }).int(message).min(range.min, message).max(range.max, message),
  );
}
