import { hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password-hash";

describe("password hashing", () => {
  it("uses argon2id with m=19456, t=2, p=1", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
    expect(stored).not.toContain("correct horse battery");
  });

  it("salts: the same password hashes differently each time", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });

  it("verifies the right password and rejects a wrong one", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(await verifyPassword(stored, "correct horse battery")).toBe(true);
    expect(await verifyPassword(stored, "correct horse batterx")).toBe(false);
  });

  it("returns false for a malformed hash instead of throwing", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
    expect(await verifyPassword("", "anything")).toBe(false);
  });

  it("asks for a rehash only when the parameters differ", async () => {
    expect(needsRehash(await hashPassword("pw"))).toBe(false);
    const older = await hash("pw", { algorithm: 2, memoryCost: 19_456, timeCost: 3, parallelism: 1 });
    expect(older.startsWith("$argon2id$v=19$m=19456,t=3,p=1$")).toBe(true);
    expect(needsRehash(older)).toBe(true);
    expect(await verifyPassword(older, "pw")).toBe(true);
  });
});
