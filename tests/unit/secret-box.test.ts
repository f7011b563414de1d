import { describe, expect, it } from "vitest";
import { decryptWith, encryptWith } from "@/lib/crypto/secret-box";

const KEY = "k".repeat(32);

describe("secret box (AES-256-GCM)", () => {
  it("round-trips, with a fresh IV each time", () => {
    const a = encryptWith(KEY, "hec-token-ü");
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(a).not.toContain("hec-token");
    expect(encryptWith(KEY, "hec-token-ü")).not.toBe(a);
    expect(decryptWith(KEY, a)).toBe("hec-token-ü");
  });

  it("refuses another key, an altered value and foreign text", () => {
    const sealed = encryptWith(KEY, "secret");
    expect(() => decryptWith("x".repeat(32), sealed)).toThrow();
    const parts = sealed.split(".");
    parts[3] = Buffer.from("tampered").toString("base64url");
    expect(() => decryptWith(KEY, parts.join("."))).toThrow();
    expect(() => decryptWith(KEY, "plain text")).toThrow("not a secret-box value");
  });
});
