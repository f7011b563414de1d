import { createHash } from "node:crypto";

/**
 * The id a session is shown and revoked by: derived from the stored hash, so the page never carries the key of the
 * sessions table, and nothing about the cookie's token.
 */
export function sessionRef(idHash: string): string {
  return createHash("sha256").update(`session-ref:${idHash}`).digest("hex").slice(0, 32);
}
