import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getConfig } from "@/lib/config/config";

/** 256 random bits for a one-time link; only the SHA-256 is stored. */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Links in mail use the configured public URL, never the request's Host header. */
export function emailChangeLink(token: string): string {
  return new URL(`/verify-email/${token}`, getConfig().appUrl).toString();
}
