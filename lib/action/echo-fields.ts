const SECRET_FIELD = /password|secret|token|code/i;

/**
 * The submitted text fields, minus anything secret, so a form can show them again after an error (React resets a
 * form once its action settles; the inputs then fall back to these as their default values).
 */
export function echoFields(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !SECRET_FIELD.test(key)) values[key] = value;
  }
  return values;
}
