import { describe, expect, it } from "vitest";
import { computeEventHash, GENESIS_HASH, type ChainedFields } from "@/lib/audit/hash-chain";

const base: ChainedFields = {
  chainId: "11111111-1111-1111-1111-111111111111",
  seq: 1,
  tenantId: "22222222-2222-2222-2222-222222222222",
  occurredAt: new Date("2025-01-02T03:04:05.678Z"),
  category: "members",
  action: "member.invited",
  actorType: "user",
  actorId: "u1",
  actorLabel: "alice",
  targetType: "user",
  targetId: "u2",
  targetLabel: "bob",
  workspaceId: null,
  details: { role: "builder", nested: { a: 1, b: [1, 2] } },
  ip: "203.0.113.7",
  userAgent: "test-agent",
  prevHash: GENESIS_HASH,
};

/** A different value of the same kind for every field. */
const changed: { [K in keyof ChainedFields]: ChainedFields[K] } = {
  chainId: "33333333-3333-3333-3333-333333333333",
  seq: 2,
  tenantId: null,
  occurredAt: new Date("2025-01-02T03:04:05.679Z"),
  category: "settings",
  action: "member.removed",
  actorType: "system",
  actorId: null,
  actorLabel: "alicf",
  targetType: null,
  targetId: "u3",
  targetLabel: null,
  workspaceId: "w1",
  details: { role: "admin", nested: { a: 1, b: [1, 2] } },
  ip: null,
  userAgent: "other-agent",
  prevHash: "f".repeat(64),
};

describe("computeEventHash", () => {
  it("is a deterministic sha-256 hex digest", () => {
    const hash = computeEventHash(base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(computeEventHash({ ...base, occurredAt: new Date(base.occurredAt.getTime()) })).toBe(hash);
  });

  it("changes when any single field changes", () => {
    const original = computeEventHash(base);
    for (const field of Object.keys(base) as (keyof ChainedFields)[]) {
      const event = { ...base, [field]: changed[field] } as ChainedFields;
      expect(computeEventHash(event), field).not.toBe(original);
    }
  });

  it("does not depend on the key order of details", () => {
    const reordered = { ...base, details: { nested: { b: [1, 2], a: 1 }, role: "builder" } };
    expect(computeEventHash(reordered)).toBe(computeEventHash(base));
  });

  it("depends on array order inside details", () => {
    const swapped = { ...base, details: { ...base.details, nested: { a: 1, b: [2, 1] } } };
    expect(computeEventHash(swapped)).not.toBe(computeEventHash(base));
  });
});
