import { randomUUID } from "node:crypto";
import { tenants, users } from "@/db/schema";
import type { Caller, RequestMeta } from "@/lib/auth/caller";
import { hashPassword } from "@/lib/auth/password-hash";
import type { TenantRole } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";
import { addMembership } from "@/lib/memberships/add-membership";

export const PASSWORD = "correct-horse-battery-staple-42";
export const META: RequestMeta = { ip: "203.0.113.7", userAgent: "vitest" };

let passwordHash: Promise<string> | undefined;

export type SeededMember = { userId: string; email: string; username: string; personalWorkspaceId: string; caller: Caller };

/** A tenant of its own with one member per requested role, so tests never share rows. */
export async function seedTenant(roles: TenantRole[] = ["admin", "builder", "consumer"]) {
  const db = getDb();
  const suffix = randomUUID().slice(0, 8);
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const [tenant] = await db.insert(tenants).values({ name: `Tenant ${suffix}` }).returning();
  const members: SeededMember[] = [];
  for (const [i, role] of roles.entries()) {
    const username = `${role}-${i}-${suffix}`;
    const email = `${username}@example.test`;
    const [user] = await db.insert(users).values({ email, username, name: `${role} ${i}`, passwordHash: hash }).returning();
    const { personalWorkspace } = await db.transaction((tx) => addMembership(tx, { tenantId: tenant!.id, userId: user!.id, role }));
    members.push({
      userId: user!.id,
      email,
      username,
      personalWorkspaceId: personalWorkspace.id,
      caller: { kind: "user", userId: user!.id, email, username, name: user!.name, tenantId: tenant!.id, tenantName: tenant!.name, role, sessionIdHash: "test", displayFormat: { dateFormat: "MM/DD/YYYY", timeFormat: "12h" } },
    });
  }
  return { tenantId: tenant!.id, tenantName: tenant!.name, members };
}
