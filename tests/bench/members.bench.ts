/**
 * Member list at scale (issue 4): 100,000 members in one tenant (and 20,000 in another) of a throw-away Postgres
 * database; server time of listMembers (as the page and GET /api/v1/members call it) for the first page, a deep page
 * (reached by keyset cursor), filters and searches. Target: under 100 ms each.
 * Needs DATABASE_URL (a Postgres server; the bench creates and drops its own database). BENCH_MEMBERS overrides the size.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type DbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { encodeCursor } from "@/lib/api/pagination";
import type { Caller } from "@/lib/auth/caller";
import { rowsOf } from "@/lib/db/rows-of";
import { listMembers, type MemberListQuery } from "@/lib/members/list-members";

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const RUNS = 25;
const PAGE_SIZE = 50;
const DEEP_PAGE = Math.floor(MEMBERS / PAGE_SIZE / 2);

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.info("skipped: set DATABASE_URL to a Postgres server (the bench creates and drops its own database)");
  process.exit(0);
}

async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `gatehouse_bench_${randomUUID().replace(/-/g, "").slice(0, 10)}`;
  const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const FIRST = ["Ada", "Ben", "Chloe", "David", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kim", "Lena", "Marco", "Nina", "Omar", "Paula", "Quentin", "Rosa", "Sven", "Tara"];
const LAST = ["Smith", "Garcia", "Müller", "Rossi", "Dubois", "Kowalski", "Nguyen", "Silva", "Jensen", "Novak", "Papadopoulos", "Tanaka", "Okafor", "Larsen", "Moreau", "Fischer", "Costa", "Ivanova", "Brown", "Wilson"];

/** A constant list as an SQL array literal (bench data only). */
const textArray = (values: string[]) => sql.raw(`array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ")}]`);

/** One tenant of `count` members: names from two lists plus a number, 5% inactive, roles 1:4:15, one of 20 groups each. */
async function seedTenant(handle: DbHandle, name: string, count: number, prefix: string): Promise<{ tenantId: string; groupId: string }> {
  const db = handle.db;
  const [tenant] = rowsOf<{ id: string }>(await db.execute(sql`insert into tenants (name) values (${name}) returning id`));
  const tenantId = tenant!.id;
  await db.execute(sql`
    insert into users (email, username, name, last_sign_in_at, created_at)
    select ${prefix} || i || '@bench.test', ${prefix} || '-' || i,
      (${textArray(FIRST)})[1 + i % 20] || ' ' || (${textArray(LAST)})[1 + (i / 20) % 20] || ' ' || i,
      case when i % 10 < 7 then timestamptz '2026-01-01' + (i % 5000) * interval '37 minutes' end,
      timestamptz '2024-01-01' + i * interval '1 minute'
    from generate_series(1, ${count}) as i`);
  await db.execute(sql`
    insert into memberships (tenant_id, user_id, role, status, created_at)
    select ${tenantId}::uuid, u.id,
      (case when n % 20 = 0 then 'admin' when n % 20 < 5 then 'builder' else 'consumer' end)::tenant_role,
      (case when n % 20 = 7 then 'inactive' else 'active' end)::membership_status,
      u.created_at
    from (select id, created_at, row_number() over (order by created_at) as n from users where email like ${`${prefix}%`}) u`);
  await db.execute(sql`insert into groups (tenant_id, name) select ${tenantId}::uuid, 'Team ' || g from generate_series(1, 20) as g`);
  await db.execute(sql`
    insert into group_members (tenant_id, group_id, user_id)
    select m.tenant_id, (select id from groups where tenant_id = m.tenant_id order by name offset (abs(hashtext(m.user_id::text)) % 20) limit 1), m.user_id
    from memberships m where m.tenant_id = ${tenantId}`);
  const [group] = rowsOf<{ id: string }>(await db.execute(sql`select id from groups where tenant_id = ${tenantId} and name = 'Team 7'`));
  return { tenantId, groupId: group!.id };
}

/** The cursor that opens page `page` of the name order — found once with OFFSET, untimed, as a user would reach it by clicking. */
async function nameCursorForPage(handle: DbHandle, tenantId: string, page: number): Promise<string> {
  const [row] = rowsOf<{ id: string; key: string }>(
    await handle.db.execute(sql`select m.user_id as id, (lower(m.user_name) collate "C")::text as key from memberships m
      where m.tenant_id = ${tenantId} order by lower(m.user_name) collate "C", m.user_id offset ${(page - 1) * PAGE_SIZE - 1} limit 1`),
  );
  return encodeCursor(["name", row!.key, row!.id]);
}

async function time(caller: Caller, label: string, query: MemberListQuery) {
  for (let i = 0; i < 3; i++) await listMembers(caller, query);
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    count = (await listMembers(caller, query)).data.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)]!;
  const p95 = times[Math.floor(RUNS * 0.95)]!;
  console.info(`${label.padEnd(52)} ${String(count).padStart(3)} rows: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms${p95 < 100 ? "" : "  ← over the 100 ms target"}`);
}

const database = await createDatabase();
try {
  await migrateDatabase({ databaseUrl: database.url, dataDir: "" });
  const handle = openDatabase({ databaseUrl: database.url, dataDir: "", poolSize: 4 });
  (globalThis as unknown as { gatehouseDb?: DbHandle }).gatehouseDb = handle;
  const started = performance.now();
  const big = await seedTenant(handle, "Bench Corp", MEMBERS, "member");
  await seedTenant(handle, "Other Corp", Math.floor(MEMBERS / 5), "other");
  await handle.db.execute(sql`analyze`);
  console.info(`seeded ${MEMBERS.toLocaleString("en-US")} + ${Math.floor(MEMBERS / 5).toLocaleString("en-US")} members in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const [admin] = rowsOf<{ id: string }>(await handle.db.execute(sql`select user_id as id from memberships where tenant_id = ${big.tenantId} and role = 'admin' limit 1`));
  const caller: Caller = {
    kind: "user", userId: admin!.id, email: "admin@bench.test", username: "bench-admin", name: "Bench Admin", tenantId: big.tenantId, tenantName: "Bench Corp",
    role: "admin", sessionIdHash: "bench", displayFormat: { dateFormat: "MM/DD/YYYY", timeFormat: "24h" },
  };

  await time(caller, "first page, by name", {});
  await time(caller, `deep page ${DEEP_PAGE} by name (keyset cursor)`, { cursor: await nameCursorForPage(handle, big.tenantId, DEEP_PAGE) });
  await time(caller, "first page, by e-mail descending", { sort: "email", dir: "desc" });
  await time(caller, "first page, by last sign-in (newest first)", { sort: "last_sign_in" });
  await time(caller, "first page, by member since (newest first)", { sort: "created" });
  await time(caller, "filter role=builder, status=active", { role: "builder", status: "active" });
  await time(caller, "filter status=inactive (5%)", { status: "inactive" });
  await time(caller, "filter group=Team 7 (≈5%)", { group: big.groupId });
  await time(caller, "search 'garcia' (5% of members)", { q: "garcia" });
  await time(caller, "search 'kim smith' (two words, ≈0.25%)", { q: "kim smith" });
  await time(caller, "search e-mail start 'member4242'", { q: "member4242" });
  await time(caller, "search number '77777' (one member)", { q: "77777" });
  await handle.close();
} finally {
  if (!process.env.BENCH_KEEP) await database.drop();
}
