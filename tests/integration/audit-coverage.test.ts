import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { auditEvents } from "@/db/schema";
import { allDefinedActions, type DefinedAction } from "@/lib/action/define-action";
import { AUDIT_ACTIONS, isAuditAction } from "@/lib/audit/catalogue";
import { getDb } from "@/lib/db";
import { ACTION_FIXTURES } from "./support/action-fixtures";
import { META, seedTenant } from "./support/fixtures";

// The injected failure: after record() has written the event (and the handler its change), the transaction throws.
const injection = vi.hoisted(() => ({ armed: false }));
vi.mock("@/lib/audit/record", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/audit/record")>();
  return {
    ...real,
    record: async (...args: Parameters<typeof real.record>) => {
      await real.record(...args);
      if (injection.armed) throw new Error("injected failure after the audit write");
    },
  };
});

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every action of the factory, found by loading each lib/ module that calls defineAction and reading its exports. */
async function enumerateActions(): Promise<Map<string, DefinedAction<unknown, unknown>>> {
  const found = new Map<string, DefinedAction<unknown, unknown>>();
  for (const file of sourceFiles(path.join(root, "lib"))) {
    // defineAction itself, or a factory built on it (defineSettingsAction…); the factories' own files export no action.
    if (!/\bdefine\w*Action\(/.test(fs.readFileSync(file, "utf8"))) continue;
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (allDefinedActions().has(value as DefinedAction<unknown, unknown>)) found.set(`${path.relative(path.join(root, "lib"), file)}#${name}`, value as DefinedAction<unknown, unknown>);
    }
  }
  return found;
}

const actions = await enumerateActions();
const eventCount = async (tenantId: string) => (await getDb().select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.tenantId, tenantId))).length;

describe("every action records its audit event in the transaction of its change", () => {
  it("finds the factory's actions, each exported and each with a fixture", () => {
    expect(actions.size).toBeGreaterThan(0);
    expect(new Set(actions.values()).size, "an action built by defineAction is not exported from its module").toBe(allDefinedActions().size);
    const missing = [...actions.keys()].filter((key) => !ACTION_FIXTURES[key]);
    expect(missing, "add these actions to tests/integration/support/action-fixtures.ts").toEqual([]);
    expect(Object.keys(ACTION_FIXTURES).filter((key) => !actions.has(key)), "fixtures for actions that no longer exist").toEqual([]);
  });

  it("names every catalogue action somewhere in the code (no entry the app can never write)", () => {
    const code = [...sourceFiles(path.join(root, "lib")), ...sourceFiles(path.join(root, "app"))]
      .filter((f) => !f.endsWith(path.join("audit", "catalogue.ts")))
      .map((f) => fs.readFileSync(f, "utf8"))
      .join("\n");
    expect(Object.keys(AUDIT_ACTIONS).filter((action) => !code.includes(`"${action}"`))).toEqual([]);
  });

  for (const [key, action] of actions) {
    it(`${key}: an injected failure leaves neither change nor event; a real run leaves both, with exactly its event`, async () => {
      const fixture = ACTION_FIXTURES[key];
      if (!fixture) return; // reported by the enumeration test
      const tenant = await seedTenant(["admin"]);
      const input = await fixture.input(tenant);
      const stateBefore = await fixture.state(tenant);
      const eventsBefore = await eventCount(tenant.tenantId);

      injection.armed = true;
      try {
        await expect(action.execute(tenant.members[0]!.caller, input, META)).rejects.toThrow("injected failure after the audit write");
      } finally {
        injection.armed = false;
      }
      expect(await fixture.state(tenant)).toEqual(stateBefore);
      expect(await eventCount(tenant.tenantId)).toBe(eventsBefore);

      await action.execute(tenant.members[0]!.caller, input, META);
      expect(await fixture.state(tenant)).not.toEqual(stateBefore);
      const events = await getDb().select().from(auditEvents).where(eq(auditEvents.tenantId, tenant.tenantId));
      expect(events).toHaveLength(eventsBefore + (fixture.events ?? 1));
      expect(events.slice(eventsBefore).every((e) => isAuditAction(e.action) && e.actorId === tenant.members[0]!.userId)).toBe(true);
    });
  }
});
