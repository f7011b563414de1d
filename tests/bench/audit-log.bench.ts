/**
 * Audit log at scale (issue 9): 1,000,000 events in one tenant of a throw-away Postgres database.
 *  - server time of page 1 and page 10,000 of filtered views (listAuditEvents, as the page calls it);
 *  - RSS growth while exporting all 1,000,000 events as CSV (exportAuditEvents, as the route streams it).
 * Needs DATABASE_URL (a Postgres server; the bench creates and drops its own database). BENCH_EVENTS overrides the size;
 * BENCH_DATABASE=<name> keeps the seeded database under that name and reuses it on the next run (seeding takes minutes).
 *
 * The seed is one INSERT … SELECT over generate_series, marked as a pre-chained bulk import: rows carry
 * prev_hash/hash "bulk-import" placeholders rather than a computed chain, so this tenant's chain does not verify.
 * Nothing measured here reads the hashes.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { memberships, tenants, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { encodeCursor, decodeCursor } from "@/lib/audit/event-cursor";
import type { AuditFilter } from "@/lib/audit/event-filter";
import { exportAuditEvents } from "@/lib/audit/export/export-audit-events";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { rowsOf } from "@/lib/db/rows-of";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const DEEP_PAGE = 10_000;
const RUNS = 25;

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.info("skipped: set DATABASE_URL to a Postgres server (the bench creates and drops its own database)");
  process.exit(0);
}

const ms = (n: number) => `${n.toFixed(2)} ms`;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const kept = process.env.BENCH_DATABASE;
  const name = kept ?? `gatehouse_bench_${randomUUID().replace(/-/g, "").slice(0, 10)}`;
  const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  const exists = rowsOf(await admin`select 1 from pg_database where datname = ${name}`).length > 0;
  if (!exists) await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      if (!kept) await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const callerOf = (tenant: { id: string; name: string }, user: { id: string; email: string; username: string; name: string }): Caller => ({
  kind: "user", userId: user.id, email: user.email, username: user.username, name: user.name, tenantId: tenant.id, tenantName: tenant.name,
  role: "admin", sessionIdHash: "bench", displayFormat: { dateFormat: "MM/DD/YYYY", timeFormat: "24h" },
});

async function seed(handle: DbHandle): Promise<Caller> {
  const db = handle.db;
  const [seeded] = await db.select().from(tenants).where(eq(tenants.name, "Bench Corp"));
  if (seeded) {
    const [admin] = await db.select().from(users).where(eq(users.email, "admin@bench.test"));
    console.info("reusing the events seeded by an earlier run (BENCH_DATABASE)");
    return callerOf(seeded, admin!);
  }
  const [tenant] = await db.insert(tenants).values({ name: "Bench Corp" }).returning();
  const [user] = await db.insert(users).values({ email: "admin@bench.test", username: "bench-admin", name: "Bench Admin", passwordHash: null }).returning();
  await db.insert(memberships).values({ tenantId: tenant!.id, userId: user!.id, role: "admin", status: "active" });
  const started = performance.now();
  // 8 actions over the 3 categories; 50 actors; a workspace on every third event; one event per second.
  await db.execute(sql`
    insert into audit_events (chain_id, seq, tenant_id, occurred_at, category, action, actor_type, actor_id, actor_label,
      target_type, target_id, target_label, workspace_id, details, ip, user_agent, prev_hash, hash)
    select ${tenant!.id}::uuid, i, ${tenant!.id}::uuid,
      timestamptz '2025-01-01 00:00:00+00' + i * interval '1 second',
      (array['user_actions','user_actions','user_actions','setting_updates','setting_updates','setting_updates','system_configuration','system_configuration'])[1 + i % 8]::audit_category,
      (array['auth.sign_in.succeeded','auth.sign_in.failed','auth.signed_out','settings.general.updated','audit.retention.updated','audit.stream.updated','audit.stream.created','audit.stream.deleted'])[1 + i % 8],
      'user', null, 'user' || (i % 50) || '@bench.test',
      'user', null, 'target-' || i,
      case when i % 3 = 0 then ('00000000-0000-4000-8000-' || lpad((i % 20)::text, 12, '0'))::uuid end,
      jsonb_build_object('before', jsonb_build_object('n', i), 'after', jsonb_build_object('n', i + 1)),
      '198.51.100.' || (i % 250), 'bench', 'bulk-import', 'bulk-import'
    from generate_series(1, ${EVENTS}) as i`);
  await db.execute(sql`insert into audit_chain_heads (chain_id, seq, hash) values (${tenant!.id}, ${EVENTS}, 'bulk-import')`);
  await db.execute(sql`analyze audit_events`);
  console.info(`seeded ${EVENTS.toLocaleString("en-US")} events (generate_series, pre-chained bulk import) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return callerOf(tenant!, user!);
}

/** The cursor that opens page `page` (1-based) — found once with OFFSET, untimed, as a user would reach it by clicking. */
async function cursorForPage(handle: DbHandle, caller: Caller, filter: AuditFilter, pageSize: number, page: number) {
  if (page === 1) return undefined;
  const where = [sql`tenant_id = ${caller.tenantId}`];
  if (filter.category) where.push(sql`category = ${filter.category}`);
  if (filter.action) where.push(sql`action = ${filter.action}`);
  if (filter.actor) where.push(sql`actor_label = ${filter.actor}`);
  const [row] = rowsOf<{ occurred_at: string | Date; id: string | number }>(
    await handle.db.execute(sql`select occurred_at, id from audit_events where ${sql.join(where, sql` and `)}
      order by occurred_at desc, id desc offset ${(page - 1) * pageSize - 1} limit 1`),
  );
  if (!row) throw new Error(`the view has fewer than ${page} pages`);
  return decodeCursor(encodeCursor({ direction: "older", position: { at: new Date(row.occurred_at), id: Number(row.id) } }));
}

async function timeView(handle: DbHandle, caller: Caller, label: string, filter: AuditFilter, pageSize: number, page: number) {
  const cursor = await cursorForPage(handle, caller, filter, pageSize, page);
  for (let i = 0; i < 3; i++) await listAuditEvents(caller, filter, cursor, pageSize);
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    count = (await listAuditEvents(caller, filter, cursor, pageSize)).events.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)]!;
  const p95 = times[Math.floor(RUNS * 0.95)]!;
  console.info(`${label.padEnd(44)} page ${String(page).padStart(6)} (${pageSize}/page, ${count} rows): median ${ms(median)}, p95 ${ms(p95)}${median < 50 ? "" : "  ← over the 50 ms target"}`);
}

/** Streams an export to nowhere, sampling RSS; returns its peak. */
async function exportPeak(caller: Caller, filter: AuditFilter, label: string): Promise<number> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const exported = await exportAuditEvents(caller, filter, "csv", { ip: "127.0.0.1", userAgent: "bench" });
  const reader = exported.body.getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++;
  }
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.info(`CSV export of ${label}: ${(lines - 1).toLocaleString("en-US")} events, ${mib(bytes)} in ${((performance.now() - started) / 1000).toFixed(1)} s, RSS peak ${mib(peak)}`);
  return peak;
}

/**
 * RSS growth of the 1,000,000-event export, from the process as it stood before any export (cold: includes V8
 * sizing its heap to the allocation rate) and after a 20,000-event export (warm: what the size of the export adds).
 */
async function exportRss(caller: Caller) {
  const cold = process.memoryUsage().rss;
  const small = await exportPeak(caller, { actor: "user7@bench.test" }, "one actor");
  const large = await exportPeak(caller, {}, "everything");
  const target = (growth: number) => (growth < 50 * 1024 * 1024 ? "" : "  ← over the 50 MiB target");
  console.info(`RSS before any export ${mib(cold)}; growth of the full export: ${mib(large - cold)} from cold${target(large - cold)}, ${mib(large - small)} over the small export's peak${target(large - small)}`);
}

const database = await createDatabase();
try {
  await migrateDatabase({ databaseUrl: database.url, dataDir: "" });
  const handle = openDatabase({ databaseUrl: database.url, dataDir: "", poolSize: 4 });
  (globalThis as unknown as { gatehouseDb?: DbHandle }).gatehouseDb = handle;
  const caller = await seed(handle);
  for (const page of [1, DEEP_PAGE]) await timeView(handle, caller, "no filter", {}, 50, page);
  for (const page of [1, DEEP_PAGE]) await timeView(handle, caller, "category = User actions (375,000 events)", { category: "user_actions" }, 25, page);
  for (const page of [1, DEEP_PAGE]) await timeView(handle, caller, "action = auth.sign_in.failed (125,000)", { action: "auth.sign_in.failed" }, 10, page);
  for (const page of [1, 2_000]) await timeView(handle, caller, "actor = user7@bench.test (20,000)", { actor: "user7@bench.test" }, 10, page);
  await timeView(handle, caller, "category + time range (one day)", { category: "setting_updates", from: new Date("2025-01-05T00:00:00Z"), to: new Date("2025-01-06T00:00:00Z") }, 25, 1);
  await timeView(handle, caller, "free text 'target-99999' (11 matches)", { q: "target-99999" }, 25, 1);
  await timeView(handle, caller, "free text 'user7@bench.test' (20,000 matches)", { q: "user7@bench.test" }, 25, 1);
  await exportRss(caller);
  await handle.close();
} finally {
  await database.drop();
}
