import { createHash } from "node:crypto";
import { randomBase62, toBase62 } from "./base62";
import { crc32 } from "./crc32";

/**
 * `gth_` + 32 random base62 characters (≈190 bits) + a 6-character base62 CRC-32 of the random part. The prefix lets
 * secret scanners recognise a leaked key; the checksum lets us refuse a mistyped or made-up key without a database
 * lookup. Only the SHA-256 of the whole key is stored.
 */
export const API_KEY_PREFIX = "gth_";
const RANDOM_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
export const API_KEY_LENGTH = API_KEY_PREFIX.length + RANDOM_LENGTH + CHECKSUM_LENGTH;
const SHAPE = new RegExp(`^${API_KEY_PREFIX}[0-9A-Za-z]{${RANDOM_LENGTH + CHECKSUM_LENGTH}}$`);

export const checksumOf = (random: string) => toBase62(crc32(random), CHECKSUM_LENGTH);

export function generateApiKey(): string {
  const random = randomBase62(RANDOM_LENGTH);
  return `${API_KEY_PREFIX}${random}${checksumOf(random)}`;
}

/** Prefix, length, alphabet and checksum: everything that can be checked without the database. */
export function isWellFormedApiKey(key: string): boolean {
  if (key.length !== API_KEY_LENGTH || !SHAPE.test(key)) return false;
  const random = key.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + RANDOM_LENGTH);
  return key.slice(-CHECKSUM_LENGTH) === checksumOf(random);
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** What is stored besides the hash, so people can tell their keys apart: the prefix and the last four characters. */
export function displayParts(key: string): { prefix: string; lastFour: string } {
  return { prefix: API_KEY_PREFIX, lastFour: key.slice(-4) };
}
