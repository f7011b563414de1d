import "server-only";
import { eq, sql } from "drizzle-orm";
import { setupTokens, tenants, users } from "@/db/schema";
import { DomainError } from "@/lib/action/errors";
import type { RequestMeta } from "@/lib/auth/caller";
import { hashPassword } from "@/lib/auth/password-hash";
import { record } from "@/lib/audit/record";
import type { Db } from "@/lib/db";
import { addMembership } from "@/lib/memberships/add-membership";
import { hashSetupToken } from "./setup-tokens";

export type FirstTenantInput = { tenantName: string; email: string; username: string; name: string; password: string };

// Serialises concurrent setup attempts (two browsers, or two instances booting with BOOTSTRAP_* set).
const SETUP_LOCK_ID = 727_466_002;

/**
 * Creates the deployment's first tenant and its Admin. With `token`, the one-time link must still be valid; every
 * setup token dies with the first tenant. Refuses once any tenant exists.
 */
export async function createFirstTenant(
  db: Db,
  input: FirstTenantInput,
  meta: RequestMeta,
  via: { kind: "setup_link"; token: string } | { kind: "environment" },
): Promise<{ tenantId: string; userId: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK_ID})`);
    const existing = await tx.select({ id: tenants.id }).from(tenants).limit(1);
    if (existing.length) throw new DomainError("conflict", "Gatehouse is already set up. Sign in instead.");
    if (via.kind === "setup_link") {
      const valid = await tx.select().from(setupTokens).where(eq(setupTokens.tokenHash, hashSetupToken(via.token)));
      if (!valid.length) throw new DomainError("not_found", "This setup link is not valid. Use the newest link from the server log.");
    }
    const [tenant] = await tx.insert(tenants).values({ name: input.tenantName }).returning({ id: tenants.id });
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, username: input.username, name: input.name, passwordHash })
      .returning({ id: users.id });
    const membership = await addMembership(tx, { tenantId: tenant!.id, userId: user!.id, role: "admin" });
    await tx.delete(setupTokens);
    const context = { tenantId: tenant!.id, actor: { type: "user" as const, id: user!.id, label: input.email }, ...meta };
    await record(tx, context, { action: "tenant.created", target: { type: "tenant", id: tenant!.id, label: input.tenantName } });
    await record(tx, context, {
      action: "setup.completed",
      target: { type: "user", id: user!.id, label: input.email },
      details: { via: via.kind, adminUsername: input.username },
    });
    for (const event of membership.events) await record(tx, context, event);
    return { tenantId: tenant!.id, userId: user!.id };
  });
}
