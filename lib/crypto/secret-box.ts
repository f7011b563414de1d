import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { getSecrets } from "@/lib/config/secrets";

const VERSION = "v1";

/** ENCRYPTION_KEY may be any string: SHA-256 turns it into exactly 32 key bytes. */
function key(): Buffer {
  return createHash("sha256").update(getSecrets().encryptionKey).digest();
}

/** AES-256-GCM with a random 96-bit IV: "v1.<iv>.<tag>.<ciphertext>" in base64url. */
export function encrypt(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** Throws when the text was not produced by `encrypt` with this key or was altered. */
export function decrypt(ciphertext: string): string {
  const [version, iv, tag, body] = ciphertext.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("not a secret-box ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
