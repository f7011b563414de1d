import { createHash, randomBytes } from "node:crypto";

/** 256 random bits for the link; only the SHA-256 is stored, so the table holds nothing that opens an invitation. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Anything else in the address is not one of our tokens (and is never looked up). */
export const looksLikeInvitationToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
