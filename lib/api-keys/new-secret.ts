import { displayParts, generateApiKey, hashApiKey } from "./key-format";

/** A fresh key and the columns that describe it; the secret itself goes to the caller once and is never stored. */
export function newSecret() {
  const secret = generateApiKey();
  return { secret, columns: { secretHash: hashApiKey(secret), ...displayParts(secret) } };
}
