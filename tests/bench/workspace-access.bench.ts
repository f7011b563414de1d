import { randomUUID } from "node:crypto";
import { groupMembers, groups, tenants, users, workspaceBindings, workspaces } from "@/db/schema";
import { getEffectiveAccess } from "@/lib/access/get-effective-access";
import { accessInWorkspace, callerSubject } from "@/lib/access/workspace-access";
import type { Caller } from "@/lib/auth/caller";
import type { TenantRole } from "@/lib/authz/permissions";
import { addMembership } from "@/lib/memberships/add-membership";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";
import { updateWorkspace } from "@/lib/workspaces/update-workspace";
import { median, openBenchDatabase, time } from "./bench-support";

/**
 * Prints what the workspace access check costs per request (it runs before every workspace action and on every
 * workspace page) for a member of 20 groups in a tenant of 5,000 workspaces, and the cost of the list pages.
 */
const WORKSPACES = 5_000;
const GROUPS = 20;
const handle = await openBenchDatabase();
const db = handle.db;

const suffix = randomUUID().slice(0, 8);
const [tenant] = await db.insert(tenants).values({ name: `Bench ${suffix}` }).returning();
const tenantId = tenant!.id;
async function member(role: TenantRole): Promise<Caller> {
  const username = `${role}-${suffix}`;
  const [u] = await db.insert(users).values({ email: `${username}@example.test`, username, name: role }).returning();
  await db.transaction((tx) => addMembership(tx, { tenantId, userId: u!.id, role }));
  const format = { dateFormat: "MM/DD/YYYY", timeFormat: "24h" } as const;
  return { kind: "user", userId: u!.id, email: u!.email, username, name: role, tenantId, tenantName: "Bench", role, sessionIdHash: "bench", displayFormat: format };
}
const admin = await member("admin");
const consumer = await member("consumer");

const ids: string[] = [];
for (let start = 0; start < WORKSPACES; start += 1_000) {
  const rows = Array.from({ length: Math.min(1_000, WORKSPACES - start) }, (_, i) => ({ tenantId, name: `ws-${start + i}`, displayName: `WS ${start + i}` }));
  ids.push(...(await db.insert(workspaces).values(rows).returning({ id: workspaces.id })).map((r) => r.id));
  await db.insert(workspaceBindings).values(rows.map((_, i) => ({ tenantId, workspaceId: ids[start + i]!, principalType: "user" as const, userId: admin.userId, role: "owner" as const })));
}
const groupIds = (await db.insert(groups).values(Array.from({ length: GROUPS }, (_, i) => ({ tenantId, name: `Group ${i}` }))).returning({ id: groups.id })).map((g) => g.id);
await db.insert(groupMembers).values(groupIds.map((groupId) => ({ tenantId, groupId, userId: consumer.userId })));
// Each group holds a role in 50 workspaces; the consumer is also bound directly in 100.
await db.insert(workspaceBindings).values(
  groupIds.flatMap((groupId, g) => Array.from({ length: 50 }, (_, i) => ({ tenantId, workspaceId: ids[g * 50 + i]!, principalType: "group" as const, groupId, role: "contributor" as const }))),
);
await db.insert(workspaceBindings).values(
  Array.from({ length: 100 }, (_, i) => ({ tenantId, workspaceId: ids[i * 7]!, principalType: "user" as const, userId: consumer.userId, role: "owner" as const })),
);
console.log(`seeded ${WORKSPACES} workspaces, ${GROUPS} groups; the Consumer holds roles in ${GROUPS * 50 + 100} bindings`);

const check = median(await time(500, (i) => accessInWorkspace(db, callerSubject(consumer), ids[(i * 37) % WORKSPACES]!)));
console.log(`access check in one workspace (load grants + resolve): median ${check.toFixed(2)} ms (500 runs)`);
const action = median(await time(100, (i) => updateWorkspace.execute(consumer, { workspaceId: ids[(i % 100) * 7]!, displayName: `Renamed ${i}` }, { ip: null, userAgent: "bench" })));
console.log(`workspace action end to end (lock, access check, update, audit event): median ${action.toFixed(2)} ms (100 runs)`);
const page = median(await time(50, () => getEffectiveAccess(consumer, consumer.userId, { page: 1, includePersonal: false })));
console.log(`effective-access page data, 50 of ${GROUPS * 50 + 100} workspaces: median ${page.toFixed(1)} ms (50 runs)`);
const adminList = median(await time(50, (i) => listWorkspaces(admin, { includePersonal: true, page: 1 + (i % 100) })));
console.log(`Admin's workspace list, a page of 50 of ${WORKSPACES + 2}: median ${adminList.toFixed(1)} ms (50 runs, pages 1–50)`);
await handle.close();
