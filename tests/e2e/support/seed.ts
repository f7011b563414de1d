import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { memberships, tenants, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password-hash";
import { E2E_PASSWORD, USER_PLAN, type E2EFixtures, type E2EUser } from "./e2e-users";

/** Two tenants with a user per planned role; names carry a run id so a reused Postgres database never collides. */
export async function seedE2E(db: Db): Promise<E2EFixtures> {
  const run = randomUUID().slice(0, 6);
  const passwordHash = await hashPassword(E2E_PASSWORD);
  const [main] = await db.insert(tenants).values({ name: `Acme ${run}` }).returning();
  const [other] = await db.insert(tenants).values({ name: `Globex ${run}` }).returning();
  const seeded: Record<string, E2EUser> = {};
  for (const plan of USER_PLAN) {
    const username = `${plan.key.toLowerCase()}-${run}`;
    const user: E2EUser = { key: plan.key, email: `${username}@acme.test`, username, name: `${plan.key} ${run}`, role: plan.role };
    const [row] = await db.insert(users).values({ email: user.email, username, name: user.name, passwordHash }).returning();
    await db.insert(memberships).values({ tenantId: (plan.tenant === "main" ? main : other)!.id, userId: row!.id, role: plan.role });
    seeded[plan.key] = user;
  }
  return { tenantName: main!.name, otherTenantName: other!.name, users: seeded };
}
