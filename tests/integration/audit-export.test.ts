import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { exportAuditEvents } from "@/lib/audit/export/export-audit-events";
import { CSV_COLUMNS } from "@/lib/audit/export/format";
import { getDb } from "@/lib/db";
import { appendChained } from "./support/audit-seed";
import { META, seedTenant } from "./support/fixtures";

const eventsOf = (tenantId: string) => getDb().select().from(auditEvents).where(eq(auditEvents.tenantId, tenantId)).orderBy(asc(auditEvents.seq));

async function seedLog(count: number) {
  const tenant = await seedTenant(["admin", "builder", "consumer"]);
  const t0 = Date.parse("2025-05-01T00:00:00Z");
  await appendChained(
    tenant.tenantId,
    Array.from({ length: count }, (_, i) => ({
      at: new Date(t0 + i * 1000),
      action: i % 2 ? ("auth.sign_in.failed" as const) : ("settings.general.updated" as const),
      targetLabel: i === 0 ? '=HYPERLINK("x"), "quoted"\nline' : `t${i}`,
      details: { i },
    })),
  );
  return tenant;
}

describe("audit export", () => {
  it("streams the filtered view as CSV, newest first, across batches, and audits the export before the first byte", async () => {
    const { tenantId, members } = await seedLog(2_345);
    const admin = members[0]!.caller;
    const exported = await exportAuditEvents(admin, { action: "settings.general.updated" }, "csv", META);
    const [event] = (await eventsOf(tenantId)).filter((e) => e.action === "audit.exported");
    expect(event).toMatchObject({ actorId: members[0]!.userId, ip: META.ip, details: { format: "csv", filter: { action: "settings.general.updated" } } });
    expect(exported.contentType).toBe("text/csv; charset=utf-8");
    expect(exported.filename).toMatch(/^audit-events-\d{8}-\d{6}\.csv$/);
    const text = await new Response(exported.body).text();
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    // Header + 1,173 settings events (rows end in CRLF; the bare LF inside the quoted target is not a row end).
    expect(lines).toHaveLength(1 + 1_173);
    expect(lines[1]).toMatch(/^\d+,2025-05-01T00:39:04\.000Z,setting_updates,settings\.general\.updated,updated the general settings,user,/);
    expect(text).toContain(`"'=HYPERLINK(""x""), ""quoted""\nline"`);
  });

  it("streams JSON that parses, with each event's idempotency key and hash", async () => {
    const { tenantId, members } = await seedLog(1_500);
    const exported = await exportAuditEvents(members[0]!.caller, {}, "json", META);
    const parsed = JSON.parse(await new Response(exported.body).text()) as { seq: number; idempotencyKey: string; hash: string; action: string }[];
    // Every seeded event plus the export's own event (recorded before streaming began).
    expect(parsed).toHaveLength(1_501);
    expect(parsed[0]).toMatchObject({ action: "audit.exported", seq: 1_501, idempotencyKey: `${tenantId}:1501` });
    expect(parsed.at(-1)).toMatchObject({ seq: 1, idempotencyKey: `${tenantId}:1` });
    expect(new Set(parsed.map((e) => e.seq)).size).toBe(1_501);
  });

  it("an empty result is still a valid document", async () => {
    const { members } = await seedLog(3);
    const csv = await exportAuditEvents(members[0]!.caller, { actor: "nobody@example.test" }, "csv", META);
    expect(await new Response(csv.body).text()).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
    const json = await exportAuditEvents(members[0]!.caller, { actor: "nobody@example.test" }, "json", META);
    expect(JSON.parse(await new Response(json.body).text())).toEqual([]);
  });

  it.each([1, 2])("refuses a Builder and a Consumer (member %i), with no export event", async (index) => {
    const { tenantId, members } = await seedLog(3);
    await expect(exportAuditEvents(members[index]!.caller, {}, "csv", META)).rejects.toMatchObject({ code: "forbidden" });
    expect((await eventsOf(tenantId)).filter((e) => e.action === "audit.exported")).toHaveLength(0);
  });

  it("exports only the caller's tenant", async () => {
    const a = await seedLog(5);
    const b = await seedLog(5);
    const parsed = JSON.parse(await new Response((await exportAuditEvents(a.members[0]!.caller, {}, "json", META)).body).text()) as { tenantId: string }[];
    expect(parsed.every((e) => e.tenantId === a.tenantId)).toBe(true);
    expect(parsed.some((e) => e.tenantId === b.tenantId)).toBe(false);
  });
});
