import { createHash, randomBytes } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
// Crockford's base32 (no i, l, o, u): easy to read aloud and type. 12 characters = 60 random bits per code.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const CODE_CHARS = 12;

/** xxxx-xxxx-xxxx */
export function newRecoveryCode(): string {
  const chars = [...randomBytes(CODE_CHARS)].map((byte) => ALPHABET[byte & 31]).join("");
  return chars.match(/.{4}/g)!.join("-");
}

/** Hash of the normalized code (case, spaces and hyphens do not matter). */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.replace(/[\s-]+/g, "").toLowerCase()).digest("hex");
}

export function looksLikeRecoveryCode(code: string): boolean {
  return new RegExp(`^[${ALPHABET}]{${CODE_CHARS}}$`).test(code.replace(/[\s-]+/g, "").toLowerCase());
}
