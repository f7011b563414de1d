/**
 * FormData (or a query string) → plain object: repeated keys become arrays; Next's internal `$ACTION_*` fields are
 * dropped.
 */
export function formDataToObject(formData: FormData | URLSearchParams): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    result[key] = values.length === 1 ? values[0] : values;
  }
  return result;
}
