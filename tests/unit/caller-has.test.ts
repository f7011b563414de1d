import { describe, expect, it } from "vitest";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import type { TenantRole } from "@/lib/authz/permissions";

function caller(role: TenantRole): Caller {
  return {
    kind: "user",
    userId: "u1",
    email: "a@example.com",
    username: "alice",
    name: "Alice",
    tenantId: "t1",
    tenantName: "Acme",
    role,
    displayFormat: { dateFormat: "MM/DD/YYYY", timeFormat: "12h" },
    sessionIdHash: "h",
  };
}

describe("callerHas", () => {
  it("denies by default when there is no caller", () => {
    expect(callerHas(null, "profile:read")).toBe(false);
    expect(callerHas(undefined, "profile:read")).toBe(false);
  });

  it("follows the caller's tenant role", () => {
    expect(callerHas(caller("admin"), "settings:update")).toBe(true);
    expect(callerHas(caller("builder"), "settings:update")).toBe(false);
    expect(callerHas(caller("builder"), "members:read")).toBe(true);
    expect(callerHas(caller("consumer"), "members:read")).toBe(false);
    expect(callerHas(caller("consumer"), "profile:update")).toBe(true);
  });
});
