import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { memberships, users, workspaceBindings, workspaces } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import type { WorkspaceRole } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";
import type { MemberDto } from "./member-dto";
import { memberGroupsOf } from "./member-groups";
import { twoFactorStatus } from "@/lib/two-factor/second-factor-store";

export type MemberDetail = MemberDto & {
  workspaces: { id: string; name: string; role: WorkspaceRole; personal: boolean }[];
  /** Whether an Admin has a two-factor setup to reset. */
  twoFactorEnabled: boolean;
};

/** One person of the caller's tenant with groups and direct workspace roles; null for anyone else (service accounts too). */
export async function getMember(caller: Caller, userId: string): Promise<MemberDetail | null> {
  if (!callerHas(caller, "members:read")) throw refuse.forbidden();
  const db = getDb();
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      username: users.username,
      role: memberships.role,
      status: memberships.status,
      lastSignInAt: users.lastSignInAt,
      memberSince: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.tenantId, caller.tenantId),
        eq(memberships.userId, userId),
        sql`not exists (select 1 from service_accounts sa where sa.user_id = ${memberships.userId})`,
      ),
    );
  if (!row) return null;
  const [groups, bindings, twoFactor] = await Promise.all([
    memberGroupsOf(caller.tenantId, [userId]),
    db
      .select({ id: workspaces.id, name: workspaces.name, role: workspaceBindings.role, personal: workspaces.personal })
      .from(workspaceBindings)
      .innerJoin(workspaces, eq(workspaces.id, workspaceBindings.workspaceId))
      .where(and(eq(workspaceBindings.tenantId, caller.tenantId), eq(workspaceBindings.userId, userId)))
      .orderBy(asc(workspaces.name)),
    twoFactorStatus(db, userId),
  ]);
  return {
    ...row,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    memberSince: row.memberSince.toISOString(),
    groups: groups.get(userId) ?? [],
    workspaces: bindings,
    twoFactorEnabled: twoFactor.enabled,
  };
}
