import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCode } from "@/lib/two-factor/recovery-codes";
import { matchingStep, newTotpSecret, normalizeCode, otpauthUri } from "@/lib/two-factor/totp";

const codeAt = (secret: string, at: number) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp: at });

describe("TOTP time steps", () => {
  const secret = newTotpSecret();
  const now = 1_800_000_015_000;
  const step = Math.floor(now / 30_000);

  it("names the step of a code within one step of now, and nothing further out", () => {
    expect(matchingStep(secret, codeAt(secret, now), now)).toBe(step);
    expect(matchingStep(secret, codeAt(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchingStep(secret, codeAt(secret, now + 30_000), now)).toBe(step + 1);
    expect(matchingStep(secret, codeAt(secret, now - 60_000), now)).toBeNull();
    expect(matchingStep(secret, codeAt(secret, now + 60_000), now)).toBeNull();
  });

  it("refuses malformed codes before any computation", () => {
    for (const code of ["", "12345", "1234567", "12a456", " 123456"]) expect(matchingStep(secret, code, now)).toBeNull();
    expect(normalizeCode(" 123 456 ")).toBe("123456");
  });

  it("writes a 160-bit secret into an otpauth URI for authenticator apps", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri(secret, "ada@example.test")).toMatch(/^otpauth:\/\/totp\/Gatehouse:ada%40example\.test\?issuer=Gatehouse&secret=[A-Z2-7]{32}&algorithm=SHA1&digits=6&period=30$/);
  });
});

describe("recovery codes", () => {
  it("are 12 characters of Crockford base32 in groups of four, distinct, and hashed regardless of case and separators", () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    expect(codes.every((c) => /^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(200);
    const code = codes[0]!;
    expect(hashRecoveryCode(code.toUpperCase().replace(/-/g, " "))).toBe(hashRecoveryCode(code));
    expect(looksLikeRecoveryCode(code)).toBe(true);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
