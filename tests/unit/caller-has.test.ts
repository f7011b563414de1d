import { describe, expect, it } from "vitest";
import type { ApiKeyCaller, Caller } from "@/lib/auth/caller";
import { callerHas, keyScopeAllows } from "@/lib/authz/caller-has";
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

function keyCaller(role: TenantRole, scope: "read" | "write"): ApiKeyCaller {
  const { sessionIdHash: _none, kind: _kind, ...owner } = caller(role) as Extract<Caller, { kind: "user" }>;
  return { ...owner, kind: "api_key", apiKey: { id: "k1", name: "CI", scope } };
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

  it("gives a read-write key exactly its owner's permissions", () => {
    expect(callerHas(keyCaller("admin", "write"), "settings:update")).toBe(true);
    expect(callerHas(keyCaller("builder", "write"), "settings:update")).toBe(false);
    expect(callerHas(keyCaller("consumer", "write"), "api_keys:manage_own")).toBe(true);
  });

  it("gives a read-only key only the read permissions its owner has", () => {
    expect(callerHas(keyCaller("admin", "read"), "settings:read")).toBe(true);
    expect(callerHas(keyCaller("admin", "read"), "settings:update")).toBe(false);
    expect(callerHas(keyCaller("admin", "read"), "api_keys:manage_own")).toBe(false);
    expect(callerHas(keyCaller("consumer", "read"), "members:read")).toBe(false);
  });

  it("denies a caller of an unknown kind", () => {
    const odd = { ...caller("admin"), kind: "robot" } as unknown as Caller;
    expect(callerHas(odd, "profile:read")).toBe(false);
  });
});

describe("keyScopeAllows", () => {
  it("lets a read-only key read but never write a workspace, whatever role grants it there", () => {
    expect(keyScopeAllows(keyCaller("consumer", "read"), "workspace:read")).toBe(true);
    expect(keyScopeAllows(keyCaller("admin", "read"), "workspace:update")).toBe(false);
    expect(keyScopeAllows(keyCaller("consumer", "write"), "workspace:manage_members")).toBe(true);
    expect(keyScopeAllows(caller("consumer"), "workspace:delete")).toBe(true);
  });
});
