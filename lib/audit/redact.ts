const SECRET_KEY = /(password|passphrase|secret|token|totp|recovery|otp|hash|private)/i;

/** Defence in depth: whatever a caller puts in audit details, values under secret-sounding keys never get stored. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) ? "[redacted]" : redactSecrets(v)]),
  );
}
