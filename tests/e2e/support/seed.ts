import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { memberships, tenants, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password-hash";
import { E2E_PASSWORD, USER_PLAN, type E2EFixtures, type E2ETenant, type E2EUser } from "./e2e-users";

const TENANT_NAMES: Record<E2ETenant, string> = {
  main: "Acme",
  other: "Globex",
  refusals: "Initrode",
  formats: "Umbrella",
  branding: "Hooli",
  domains: "Stark",
  audit: "Soylent",
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
    const user: E2EUser = { key: plan.key, email: `${username}@${plan.emailDomain ?? "acme.test"}`, username, name: `${plan.key} ${run}`, role: plan.role };
    const [row] = await db.insert(users).values({ email: user.email, username, name: user.name, passwordHash }).returning();
    await db.insert(memberships).values({ tenantId: tenantIds[plan.tenant], userId: row!.id, role: plan.role });
    seeded[plan.key] = user;
  }
  return { tenantName: tenantNames.main, otherTenantName: tenantNames.other, tenants: tenantNames, users: seeded };
}
