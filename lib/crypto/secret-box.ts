import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { getSecrets } from "@/lib/config/secrets";

const VERSION = "v1";
const IV_BYTES = 12;

/** ENCRYPTION_KEY is an operator-chosen string of at least 32 characters; SHA-256 turns it into an AES-256 key. */
function keyFrom(secret: string): Buffer {
  return createHash("sha256").update(`gatehouse/secret-box/${VERSION}`).update(secret).digest();
}

export function encryptWith(secret: string, plaintext: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** Throws when the value was not produced by encryptWith under the same secret, or was altered. */
export function decryptWith(secret: string, sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error("not a secret-box value");
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** AES-256-GCM under the deployment's ENCRYPTION_KEY: for secrets that must be read back (TOTP, SSO, SIEM tokens). */
export function encrypt(plaintext: string): string {
  return encryptWith(getSecrets().encryptionKey, plaintext);
}

export function decrypt(ciphertext: string): string {
  return decryptWith(getSecrets().encryptionKey, ciphertext);
}
