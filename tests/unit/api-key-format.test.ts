import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { BASE62, toBase62 } from "@/lib/api-keys/base62";
import { crc32 } from "@/lib/api-keys/crc32";
import { API_KEY_LENGTH, API_KEY_PREFIX, checksumOf, displayParts, generateApiKey, hashApiKey, isWellFormedApiKey } from "@/lib/api-keys/key-format";

describe("API key format", () => {
  it("is the product prefix, 32 random base62 characters (≥ 160 bits) and a 6-character checksum", () => {
    const key = generateApiKey();
    expect(key).toMatch(/^gth_[0-9A-Za-z]{38}$/);
    expect(key).toHaveLength(API_KEY_LENGTH);
    expect(32 * Math.log2(62)).toBeGreaterThan(160);
    expect(key.slice(-6)).toBe(checksumOf(key.slice(4, 36)));
    expect(isWellFormedApiKey(key)).toBe(true);
  });

  it("never repeats and uses the whole alphabet", () => {
    const keys = Array.from({ length: 500 }, generateApiKey);
    expect(new Set(keys).size).toBe(500);
    const seen = new Set(keys.join("").replace(/gth_/g, ""));
    expect(seen.size).toBe(BASE62.length);
  });

  it("refuses a wrong prefix, a bad checksum, a wrong length, odd characters, empty and 10 kB keys", () => {
    const key = generateApiKey();
    const flipped = key.slice(0, 10) + (key[10] === "a" ? "b" : "a") + key.slice(11);
    for (const bad of [
      `ghp_${key.slice(4)}`,
      `GTH_${key.slice(4)}`,
      flipped,
      key.slice(0, -1),
      `${key}0`,
      `${key.slice(0, 20)}-${key.slice(21)}`,
      "",
      `gth_${"A".repeat(10_000)}`,
    ]) {
      expect(isWellFormedApiKey(bad), bad.slice(0, 50)).toBe(false);
    }
  });

  it("computes the standard CRC-32 and pads base62", () => {
    expect(crc32("123456789")).toBe(0xcbf43926);
    if (typeof (zlib as { crc32?: unknown }).crc32 === "function") {
      const random = generateApiKey().slice(4, 36);
      expect(crc32(random)).toBe((zlib as unknown as { crc32: (s: string) => number }).crc32(random));
    }
    expect(toBase62(0, 6)).toBe("000000");
    expect(toBase62(61, 2)).toBe("0z");
    expect(toBase62(62, 2)).toBe("10");
    expect(toBase62(0xffffffff, 6)).toHaveLength(6);
  });

  it("stores a SHA-256 of the whole key and shows only the prefix and the last four characters", () => {
    const key = generateApiKey();
    expect(hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(key)).not.toBe(hashApiKey(generateApiKey()));
    expect(displayParts(key)).toEqual({ prefix: API_KEY_PREFIX, lastFour: key.slice(-4) });
  });
});
