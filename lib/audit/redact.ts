const SECRET_KEY = /(password|passphrase|secret|token|totp|recovery|otp|hash|private)/i;
// Settings whose names sound secret but hold a policy number (a tenant's minimum password length).
const POLICY_KEY = /^password(Min|Max)Length$/;

/** Defence in depth: whatever a caller puts in audit details, values under secret-sounding keys never get stored. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) && !POLICY_KEY.test(k) ? "[redacted]" : redactSecrets(v)]),
  );
}
