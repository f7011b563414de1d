import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { groupMembers, groups, tenants, users, workspaceBindings, workspaces } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password-hash";
import { addMembership } from "@/lib/memberships/add-membership";
import { E2E_PASSWORD, USER_PLAN, type E2EFixtures, type E2ETenant, type E2EUser } from "./e2e-users";

const TENANT_NAMES: Record<E2ETenant, string> = {
  main: "Acme",
  other: "Globex",
  refusals: "Initrode",
  formats: "Umbrella",
  branding: "Hooli",
  domains: "Stark",
  audit: "Soylent",
  sso: "Wayne",
  saml: "Tyrell",
  profile: "Cyberdyne",
  invites: "Vandelay",
  twoFactorRequired: "Initech",
  members: "Umbrella",
  social: "Massive Dynamic",
  robots: "Aperture",
};

/** The planned tenants with a user per planned role; names carry a run id so a reused Postgres database never collides. */
export async function seedE2E(db: Db): Promise<E2EFixtures> {
  const run = randomUUID().slice(0, 6);
  const passwordHash = await hashPassword(E2E_PASSWORD);
  const tenantIds = {} as Record<E2ETenant, string>;
  const tenantNames = {} as Record<E2ETenant, string>;
  for (const key of Object.keys(TENANT_NAMES) as E2ETenant[]) {
    const [row] = await db.insert(tenants).values({ name: `${TENANT_NAMES[key]} ${run}` }).returning();
    tenantIds[key] = row!.id;
    tenantNames[key] = row!.name;
  }
  const seeded: Record<string, E2EUser> = {};
  for (const plan of USER_PLAN) {
    const username = `${plan.key.toLowerCase()}-${run}`;
    const email = `${username}@${(plan.emailDomain ?? "acme.test").replace("{run}", run)}`;
    const name = `${plan.key} ${run}`;
    const [row] = await db.insert(users).values({ email, username, name, passwordHash }).returning();
    await db.transaction((tx) => addMembership(tx, { tenantId: tenantIds[plan.tenant], userId: row!.id, role: plan.role }));
    if (plan.alsoIn) await db.transaction((tx) => addMembership(tx, { tenantId: tenantIds[plan.alsoIn!.tenant], userId: row!.id, role: plan.alsoIn!.role }));
    seeded[plan.key] = { id: row!.id, key: plan.key, email, username, name, role: plan.role };
  }
  const sample = await seedSample(db, tenantIds.main, seeded.admin!.id);
  return { tenantName: tenantNames.main, otherTenantName: tenantNames.other, tenants: tenantNames, users: seeded, sample };
}

async function seedSample(db: Db, tenantId: string, adminId: string): Promise<E2EFixtures["sample"]> {
  const [group] = await db.insert(groups).values({ tenantId, name: "Platform team", description: "Seeded for the e2e suite" }).returning();
  await db.insert(groupMembers).values({ tenantId, groupId: group!.id, userId: adminId });
  const [workspace] = await db.insert(workspaces).values({ tenantId, name: "sample-space", displayName: "Sample space" }).returning();
  await db.insert(workspaceBindings).values([
    { tenantId, workspaceId: workspace!.id, principalType: "user", userId: adminId, role: "owner" },
    { tenantId, workspaceId: workspace!.id, principalType: "group", groupId: group!.id, role: "viewer" },
  ]);
  return { groupId: group!.id, workspaceName: workspace!.name };
}
