import { createHash, randomBytes } from "node:crypto";

export const RESET_LINK_MINUTES = 30;
/** "Send again" allowance per address (known or not), counted from the rows of the last hour. */
export const RESET_REQUESTS_PER_HOUR = 3;

/** 256 random bits; only the SHA-256 is stored. */
export function newResetToken(): string {
  return randomBytes(32).toString("base64url");
}

export const sha256Hex = (value: string) => createHash("sha256").update(value).digest("hex");

export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase().slice(0, 254);
}
