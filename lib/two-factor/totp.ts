import { Secret, TOTP } from "otpauth";

/** RFC 6238 defaults every authenticator app understands: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
/** Codes of the previous and next step are accepted too (clock drift, typing time). */
export const TOTP_WINDOW = 1;
const ISSUER = "Gatehouse";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secret: string, account: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: account, algorithm: "SHA1", digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

export function otpauthUri(secret: string, account: string): string {
  return totpFor(secret, account).toString();
}

export function isTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** What people type: spaces and hyphens are ignored. */
export function normalizeCode(raw: string): string {
  return raw.replace(/[\s-]+/g, "").toLowerCase();
}

/**
 * The absolute time step the code was made for, when it matches one within ±TOTP_WINDOW of now; otherwise null.
 * otpauth itself does not prevent replay: the caller accepts a step only if it is newer than the last accepted one.
 */
export function matchingStep(secret: string, code: string, now = Date.now()): number | null {
  if (!isTotpCode(code)) return null;
  const delta = totpFor(secret, ISSUER).validate({ token: code, timestamp: now, window: TOTP_WINDOW });
  return delta === null ? null : Math.floor(now / 1000 / TOTP_PERIOD_SECONDS) + delta;
}
