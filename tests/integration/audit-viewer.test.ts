import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/action/errors";
import { decodeCursor } from "@/lib/audit/event-cursor";
import { parseAuditFilter } from "@/lib/audit/event-filter";
import { getAuditEvent, listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditWorkspaceNames } from "@/lib/audit/workspace-names";
import { pickWorkspacesToFilterAudit } from "@/lib/directory/pickers";
import { appendChained } from "./support/audit-seed";
import { seedTenant } from "./support/fixtures";
import { newWorkspace } from "./support/workspace-fixtures";

const t0 = Date.parse("2025-03-01T12:00:00.000Z");
const minutes = (n: number) => new Date(t0 + n * 60_000);

/** 12 events a minute apart; every third is a sign-in by bob, the rest settings changes by alice. */
async function seedLog() {
  const tenant = await seedTenant(["admin", "builder", "consumer"]);
  await appendChained(
    tenant.tenantId,
    Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0
        ? { at: minutes(i), action: "auth.sign_in.succeeded" as const, actorLabel: "bob@example.test" }
        : { at: minutes(i), actorLabel: "alice@example.test", targetLabel: `Renamed ${i}`, details: { before: { name: `n${i}` }, after: { name: `Renamed ${i}` } } },
    ),
  );
  return tenant;
}

describe("the audit viewer", () => {
  it("pages newest first with keyset cursors, both ways, without gaps or repeats", async () => {
    const { members } = await seedLog();
    const admin = members[0]!.caller;
    const first = await listAuditEvents(admin, {}, undefined, 5);
    expect(first.events.map((e) => e.occurredAt)).toEqual([11, 10, 9, 8, 7].map((m) => minutes(m).toISOString()));
    expect(first.newerCursor).toBeNull();
    const second = await listAuditEvents(admin, {}, decodeCursor(first.olderCursor), 5);
    const third = await listAuditEvents(admin, {}, decodeCursor(second.olderCursor), 5);
    expect(third.events.map((e) => e.occurredAt)).toEqual([1, 0].map((m) => minutes(m).toISOString()));
    expect(third.olderCursor).toBeNull();
    const back = await listAuditEvents(admin, {}, decodeCursor(third.newerCursor), 5);
    expect(back.events.map((e) => e.id)).toEqual(second.events.map((e) => e.id));
    const top = await listAuditEvents(admin, {}, decodeCursor(back.newerCursor), 5);
    expect(top.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(top.newerCursor).toBeNull();
  });

  it("shows time in the tenant's format, the action as a sentence, the target and the actor", async () => {
    const { members } = await seedLog();
    const admin = { ...members[0]!.caller, displayFormat: { dateFormat: "DD/MM/YYYY", timeFormat: "24h" } as const };
    const [newest] = (await listAuditEvents(admin, {}, undefined, 1)).events;
    expect(newest).toMatchObject({
      occurredAtText: "01/03/2025 12:11 UTC",
      category: "Setting updates",
      action: "settings.general.updated",
      sentence: "updated the general settings",
      target: "user: Renamed 11",
      actor: { type: "user", label: "alice@example.test" },
      ip: "198.51.100.1",
    });
  });

  it("filters by category, action, actor, time range and free text", async () => {
    const { members } = await seedLog();
    const admin = members[0]!.caller;
    const count = async (query: Record<string, string>) => {
      const { filter, errors } = parseAuditFilter(query);
      expect(errors).toEqual({});
      return (await listAuditEvents(admin, filter, undefined, 100)).events.length;
    };
    expect(await count({})).toBe(12);
    expect(await count({ category: "user_actions" })).toBe(4);
    expect(await count({ action: "settings.general.updated" })).toBe(8);
    expect(await count({ actor: "bob@example.test" })).toBe(4);
    expect(await count({ from: "2025-03-01T12:02", to: "2025-03-01T12:05" })).toBe(4);
    expect(await count({ q: "renamed 10" })).toBe(1);
    expect(await count({ q: "198.51" })).toBe(12);
    expect(await count({ q: "alice" })).toBe(8);
    expect(await count({ q: "o'brien \\ & | !" })).toBe(0);
    // Part of an e-mail address, and a word inside one.
    expect(await count({ q: "alice@exam" })).toBe(8);
    expect(await count({ q: "example" })).toBe(12);
  });

  it("free text pages both ways without gaps, whether the newest events or the search index answer", async () => {
    const { members } = await seedLog();
    const admin = members[0]!.caller;
    const everything = (await listAuditEvents(admin, {}, undefined, 100)).events;
    const byAlice = everything.filter((e) => e.actor.label === "alice@example.test").map((e) => e.id);
    const older: number[][] = [];
    let page = await listAuditEvents(admin, { q: "alice" }, undefined, 3);
    older.push(page.events.map((e) => e.id));
    while (page.olderCursor) {
      page = await listAuditEvents(admin, { q: "alice" }, decodeCursor(page.olderCursor), 3);
      older.push(page.events.map((e) => e.id));
    }
    expect(older.flat()).toEqual(byAlice);
    const back = await listAuditEvents(admin, { q: "alice" }, decodeCursor(page.newerCursor), 3);
    expect(back.events.map((e) => e.id)).toEqual(older.at(-2));
    // A page larger than the matches: the index answers, in the same order.
    expect((await listAuditEvents(admin, { q: "alice" }, undefined, 50)).events.map((e) => e.id)).toEqual(byAlice);
  });

  it("names the workspaces events mention, and its workspace filter finds personal workspaces too, for Admins only", async () => {
    const { members } = await seedTenant(["admin", "builder"]);
    const [admin, builder] = members;
    const other = await seedTenant(["admin"]);
    const shared = await newWorkspace(admin!, `audited-${Date.now()}`);
    const names = await auditWorkspaceNames(admin!.caller, [shared.id, admin!.personalWorkspaceId, other.members[0]!.personalWorkspaceId, null]);
    expect([...names.keys()].sort()).toEqual([shared.id, admin!.personalWorkspaceId].sort());
    expect(names.get(shared.id)).toBe(shared.name);
    const found = (await pickWorkspacesToFilterAudit(admin!.caller, "personal")).map((o) => o.value);
    expect(found).toEqual(expect.arrayContaining([admin!.personalWorkspaceId, builder!.personalWorkspaceId]));
    expect(found).not.toContain(other.members[0]!.personalWorkspaceId);
    await expect(pickWorkspacesToFilterAudit(builder!.caller, "personal")).rejects.toMatchObject({ code: "forbidden" });
  });

  it("reports bad filter values next to their field and ignores them", () => {
    const { filter, errors } = parseAuditFilter({ category: "nope", action: "user.hacked", workspace: "x", from: "yesterday", q: "ok" });
    expect(errors).toEqual({
      category: ["Choose a category from the list."],
      action: ["Choose an action from the list."],
      workspace: ["Enter a workspace id (a UUID)."],
      from: ["Enter a date and time such as 2025-01-31T14:00."],
    });
    expect(filter).toEqual({ q: "ok" });
    expect(parseAuditFilter({ from: "2025-03-02T00:00", to: "2025-03-01T00:00" }).errors).toEqual({ to: ["The end of the range is before its start."] });
  });

  it("opens one event with its before/after details, and another tenant's event reads as not found", async () => {
    const a = await seedLog();
    const b = await seedLog();
    const admin = a.members[0]!.caller;
    const [newest] = (await listAuditEvents(admin, {}, undefined, 1)).events;
    expect(await getAuditEvent(admin, newest!.id)).toMatchObject({ details: { before: { name: "n11" }, after: { name: "Renamed 11" } }, userAgent: "seed" });
    const [foreign] = (await listAuditEvents(b.members[0]!.caller, {}, undefined, 1)).events;
    await expect(getAuditEvent(admin, foreign!.id)).rejects.toMatchObject({ code: "not_found" });
    const mine = await listAuditEvents(admin, {}, undefined, 100);
    expect(mine.events.map((e) => e.id)).not.toContain(foreign!.id);
  });

  it.each([1, 2])("refuses a Builder and a Consumer (member %i)", async (index) => {
    const { members } = await seedLog();
    const caller = members[index]!.caller;
    await expect(listAuditEvents(caller, {})).rejects.toBeInstanceOf(DomainError);
    await expect(listAuditEvents(caller, {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(getAuditEvent(caller, 1)).rejects.toMatchObject({ code: "forbidden" });
  });
});
