import { and, asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditChainHeads, auditEvents } from "@/db/schema";
import { purgeExpiredEvents } from "@/lib/audit/retention/purge-expired";
import { updateAuditRetention } from "@/lib/settings/general-policies";
import { verifyChain } from "@/lib/audit/verify-chain";
import { getDb } from "@/lib/db";
import { appendChained, daysAgo, tamper } from "./support/audit-seed";
import { META, seedTenant } from "./support/fixtures";

const eventsOf = (tenantId: string) => getDb().select().from(auditEvents).where(eq(auditEvents.tenantId, tenantId)).orderBy(asc(auditEvents.seq));

/** A tenant with 5 events 3 days old and 3 from the last hour; its retention is set by an Admin (a 9th event). */
async function tenantWithHistory(retentionDays: number) {
  const tenant = await seedTenant(["admin", "builder"]);
  await appendChained(tenant.tenantId, [5, 4, 3, 2, 1].map((m) => ({ at: daysAgo(3 + m / 1440) })));
  await appendChained(tenant.tenantId, [30, 20, 10].map((m) => ({ at: new Date(Date.now() - m * 60_000) })));
  if (retentionDays !== 30) await updateAuditRetention.execute(tenant.members[0]!.caller, { auditRetentionDays: String(retentionDays) }, META);
  return tenant;
}

describe("audit retention", () => {
  it("with retention set to 1 day by an Admin, older events disappear after the job, the purge is audited as a count and the chain still verifies", async () => {
    const { tenantId } = await tenantWithHistory(1);
    const before = await eventsOf(tenantId);
    const outcomes = await purgeExpiredEvents(getDb());
    expect(outcomes).toContainEqual({ chainId: tenantId, purged: 5, throughSeq: 5 });
    const after = await eventsOf(tenantId);
    expect(after.map((e) => e.seq)).toEqual([6, 7, 8, 9, 10]);
    expect(after[3]!.action).toBe("settings.audit_retention.updated");
    expect(after.at(-1)).toMatchObject({
      action: "audit.retention.purged",
      category: "system_configuration",
      actorType: "system",
      details: { purgedEvents: 5, retentionDays: 1, throughSeq: 5, lastPurgedDigest: before[4]!.hash, undeliveredToSiem: 0 },
    });
    const [head] = await getDb().select().from(auditChainHeads).where(eq(auditChainHeads.chainId, tenantId));
    expect(head).toMatchObject({ anchorSeq: 5, anchorHash: before[4]!.hash });
    expect(await verifyChain(getDb(), tenantId)).toEqual({ ok: true, chainId: tenantId, events: 5, anchorSeq: 5 });
  });

  it("keeps events inside the retention and does nothing (no event) when nothing expired", async () => {
    const { tenantId } = await tenantWithHistory(30);
    await purgeExpiredEvents(getDb());
    expect((await eventsOf(tenantId)).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("a second purge moves the anchor past the first purge's own event, and the chain still verifies", async () => {
    const { tenantId } = await tenantWithHistory(1);
    await purgeExpiredEvents(getDb());
    await purgeExpiredEvents(getDb(), new Date(Date.now() + 2 * 24 * 60 * 60 * 1000));
    const kept = await eventsOf(tenantId);
    expect(kept.map((e) => e.action)).toEqual(["audit.retention.purged"]);
    expect(kept[0]).toMatchObject({ seq: 11, details: { purgedEvents: 5, throughSeq: 10 } });
    expect(await verifyChain(getDb(), tenantId)).toMatchObject({ ok: true, events: 1, anchorSeq: 10 });
  });

  it("instances purging at the same time purge once", async () => {
    const { tenantId } = await tenantWithHistory(1);
    await Promise.all([purgeExpiredEvents(getDb()), purgeExpiredEvents(getDb()), purgeExpiredEvents(getDb())]);
    const purges = (await eventsOf(tenantId)).filter((e) => e.action === "audit.retention.purged");
    expect(purges).toHaveLength(1);
    expect(await verifyChain(getDb(), tenantId)).toMatchObject({ ok: true });
  });

  it("without a purge, a missing prefix is named as a broken chain", async () => {
    const { tenantId } = await tenantWithHistory(30);
    const events = await eventsOf(tenantId);
    await tamper((tx) => tx.delete(auditEvents).where(and(eq(auditEvents.tenantId, tenantId), sql`${auditEvents.seq} <= 2`)));
    expect(await verifyChain(getDb(), tenantId)).toMatchObject({
      ok: false,
      brokenEventId: events[2]!.id,
      seq: 3,
      reason: "events before seq 3 are missing and no retention purge explains it",
    });
  });

  it("an anchor moved behind the purge event's back is named", async () => {
    const { tenantId } = await tenantWithHistory(1);
    await purgeExpiredEvents(getDb());
    const kept = await eventsOf(tenantId);
    // Someone deletes one more kept event and moves the anchor to hide it.
    await tamper(async (tx) => {
      await tx.delete(auditEvents).where(eq(auditEvents.id, kept[0]!.id));
      await tx.update(auditChainHeads).set({ anchorSeq: kept[0]!.seq, anchorHash: kept[0]!.hash }).where(eq(auditChainHeads.chainId, tenantId));
    });
    const purgeEvent = kept.at(-1)!;
    expect(await verifyChain(getDb(), tenantId)).toMatchObject({ ok: false, brokenEventId: purgeEvent.id, reason: "the retention anchor does not match the newest purge event" });
  });
});
