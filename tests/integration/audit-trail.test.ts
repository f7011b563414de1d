import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { record } from "@/lib/audit/record";
import { verifyChain } from "@/lib/audit/verify-chain";
import { getDb } from "@/lib/db";
import { rejectionText } from "./support/error-text";
import { META, seedTenant } from "./support/fixtures";

async function appendEvents(tenantId: string, count: number) {
  for (let i = 0; i < count; i++) {
    await getDb().transaction((tx) =>
      record(tx, { tenantId, actor: { type: "system", label: "test" }, ...META }, {
        action: "settings.general.updated",
        details: { before: { name: `n${i}` }, after: { name: `n${i + 1}` }, password: "must-not-be-stored" },
      }),
    );
  }
}

const eventsOf = (tenantId: string) =>
  getDb().select().from(auditEvents).where(eq(auditEvents.tenantId, tenantId)).orderBy(asc(auditEvents.seq));

describe("audit events", () => {
  it("chain per tenant, in order, and verify", async () => {
    const { tenantId } = await seedTenant(["admin"]);
    await appendEvents(tenantId, 5);
    const events = await eventsOf(tenantId);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(events[0]!.category).toBe("setting_updates");
    expect(await verifyChain(getDb(), tenantId)).toEqual({ ok: true, chainId: tenantId, events: 5, anchorSeq: 0 });
  });

  it("never stores a secret-sounding value", async () => {
    const { tenantId } = await seedTenant(["admin"]);
    await appendEvents(tenantId, 1);
    const [event] = await eventsOf(tenantId);
    expect(event!.details).toMatchObject({ password: "[redacted]", after: { name: "n1" } });
  });

  it("the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    const { tenantId } = await seedTenant(["admin"]);
    await appendEvents(tenantId, 2);
    const db = getDb();
    expect(await rejectionText(db.update(auditEvents).set({ action: "forged" }).where(eq(auditEvents.tenantId, tenantId)))).toMatch(/append-only: UPDATE refused/);
    expect(await rejectionText(db.delete(auditEvents).where(eq(auditEvents.tenantId, tenantId)))).toMatch(/append-only: DELETE refused/);
    expect(await rejectionText(db.execute(sql`truncate audit_events cascade`))).toMatch(/append-only: TRUNCATE refused/);
    expect((await eventsOf(tenantId)).map((e) => e.action)).toEqual(["settings.general.updated", "settings.general.updated"]);
  });

  it("the chain check names an event whose content was changed behind the trigger's back", async () => {
    const { tenantId } = await seedTenant(["admin"]);
    await appendEvents(tenantId, 4);
    const target = (await eventsOf(tenantId))[2]!;
    // A database superuser can bypass triggers; the hash chain still catches the edit.
    await getDb().transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.update(auditEvents).set({ details: { before: { name: "x" }, after: { name: "tampered" } } }).where(eq(auditEvents.id, target.id));
    });
    const verdict = await verifyChain(getDb(), tenantId);
    expect(verdict).toMatchObject({ ok: false, brokenEventId: target.id, seq: 3, reason: "content does not match its hash" });
  });

  it("a removed event breaks the sequence", async () => {
    const { tenantId } = await seedTenant(["admin"]);
    await appendEvents(tenantId, 3);
    const middle = (await eventsOf(tenantId))[1]!;
    await getDb().transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.delete(auditEvents).where(eq(auditEvents.id, middle.id));
    });
    expect(await verifyChain(getDb(), tenantId)).toMatchObject({ ok: false, seq: 3, reason: "event seq 2 is missing" });
  });

  it("concurrent appends to one tenant never fork the chain", async () => {
    const { tenantId } = await seedTenant(["admin"]);
    await Promise.all(Array.from({ length: 10 }, () => appendEvents(tenantId, 1)));
    expect((await eventsOf(tenantId)).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await verifyChain(getDb(), tenantId)).toMatchObject({ ok: true, events: 10 });
  });
});
