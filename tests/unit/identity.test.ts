import { describe, expect, it } from "vitest";
import { ZEmail, ZPersonName, ZTenantName, ZUsername } from "@/lib/validation/identity";

describe("ZEmail", () => {
  it("trims and lower-cases", () => {
    expect(ZEmail.parse("  Alice.Smith@Example.COM ")).toBe("alice.smith@example.com");
  });

  it.each(["", "alice", "alice@", "@example.com", "alice@@example.com", "al ice@example.com"])("rejects %j", (value) => {
    expect(ZEmail.safeParse(value).success).toBe(false);
  });

  it("rejects addresses over 254 characters", () => {
    const long = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.com`;
    expect(long.length).toBeGreaterThan(254);
    expect(ZEmail.safeParse(long).success).toBe(false);
  });
});

describe("ZUsername", () => {
  it("accepts 3 to 39 of [a-z0-9-], normalising case and whitespace", () => {
    expect(ZUsername.parse("abc")).toBe("abc");
    expect(ZUsername.parse("a".repeat(39))).toBe("a".repeat(39));
    expect(ZUsername.parse(" Build-Bot-7 ")).toBe("build-bot-7");
  });

  it.each(["ab", "a".repeat(40), "with space", "under_score", "dot.ted", "émile", ""])("rejects %j", (value) => {
    expect(ZUsername.safeParse(value).success).toBe(false);
  });
});

describe("ZTenantName", () => {
  it("accepts 2 to 64 characters after trimming", () => {
    expect(ZTenantName.parse("  Ac  ")).toBe("Ac");
    expect(ZTenantName.parse("x".repeat(64))).toBe("x".repeat(64));
  });

  it("rejects names outside the bounds", () => {
    expect(ZTenantName.safeParse("A").success).toBe(false);
    expect(ZTenantName.safeParse("  A  ").success).toBe(false);
    expect(ZTenantName.safeParse("x".repeat(65)).success).toBe(false);
  });
});

describe("ZPersonName", () => {
  it("requires 1 to 100 characters after trimming", () => {
    expect(ZPersonName.parse(" Ada ")).toBe("Ada");
    expect(ZPersonName.safeParse("   ").success).toBe(false);
    expect(ZPersonName.safeParse("x".repeat(101)).success).toBe(false);
  });
});
