// No "server-only" here: the test and e2e seeds (plain Node) create members through this too.
import { and, eq } from "drizzle-orm";
import { memberships, tenantSettings, users, workspaceBindings, workspaces } from "@/db/schema";
import type { Tx } from "@/db/client";
import type { AuditEntry } from "@/lib/audit/record";
import type { TenantRole } from "@/lib/authz/permissions";
import { PERSONAL_WORKSPACE_PREFIX } from "@/lib/validation/workspaces";

export type NewMembership = { tenantId: string; userId: string; role: TenantRole; status?: "active" | "inactive" };
export type AddedMembership = {
  personalWorkspace: { id: string; name: string };
  /** The personal workspace's event and the default workspace's grant: record them in the same transaction. */
  events: AuditEntry[];
};

const MAX_NAME_ATTEMPTS = 20;

/**
 * The one way a user joins a tenant (setup, invitations, SSO just-in-time, seeds): inserts the membership, the
 * user's personal workspace with the user as its Owner, and the tenant's default workspace role if one is set.
 * A user who comes back gets their old personal workspace.
 */
export async function addMembership(tx: Tx, membership: NewMembership): Promise<AddedMembership> {
  const { tenantId, userId } = membership;
  await tx.insert(memberships).values({ tenantId, userId, role: membership.role, status: membership.status ?? "active" });
  const [user] = await tx.select({ username: users.username, name: users.name }).from(users).where(eq(users.id, userId));
  if (!user) throw new Error("addMembership: unknown user");

  const [existing] = await tx
    .select({ id: workspaces.id, name: workspaces.name })
    .from(workspaces)
    .where(and(eq(workspaces.tenantId, tenantId), eq(workspaces.personalUserId, userId)));
  const personalWorkspace = existing ?? (await insertPersonalWorkspace(tx, tenantId, userId, user));
  await tx
    .insert(workspaceBindings)
    .values({ tenantId, workspaceId: personalWorkspace.id, principalType: "user", userId, role: "owner" })
    .onConflictDoNothing();
  const personalEvent: AuditEntry = {
    action: "workspace.created",
    target: { type: "workspace", id: personalWorkspace.id, label: personalWorkspace.name },
    workspaceId: personalWorkspace.id,
    details: { personal: true, owner: user.username, reused: Boolean(existing) },
  };
  const defaultGrant = await grantDefaultWorkspace(tx, tenantId, userId, user.username);
  return { personalWorkspace, events: defaultGrant ? [personalEvent, defaultGrant] : [personalEvent] };
}

/** The workspace General settings name for every new member; a role the member already holds there is kept. */
async function grantDefaultWorkspace(tx: Tx, tenantId: string, userId: string, username: string): Promise<AuditEntry | null> {
  const [target] = await tx
    .select({ id: workspaces.id, name: workspaces.name, role: tenantSettings.defaultWorkspaceRole })
    .from(tenantSettings)
    .innerJoin(workspaces, and(eq(workspaces.id, tenantSettings.defaultWorkspaceId), eq(workspaces.tenantId, tenantId)))
    .where(eq(tenantSettings.tenantId, tenantId));
  if (!target) return null;
  const [granted] = await tx
    .insert(workspaceBindings)
    .values({ tenantId, workspaceId: target.id, principalType: "user", userId, role: target.role })
    .onConflictDoNothing()
    .returning({ id: workspaceBindings.id });
  if (!granted) return null;
  return {
    action: "workspace.member_added",
    target: { type: "user", id: userId, label: username },
    workspaceId: target.id,
    details: { workspace: target.name, role: target.role, reason: "default workspace for new members" },
  };
}

/** "personal-<username>", or with a number when that name is taken (a username that changed hands). */
async function insertPersonalWorkspace(tx: Tx, tenantId: string, userId: string, user: { username: string; name: string }) {
  for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
    const name = `${PERSONAL_WORKSPACE_PREFIX}${user.username}${attempt > 1 ? `-${attempt}` : ""}`;
    const [row] = await tx
      .insert(workspaces)
      .values({ tenantId, name, displayName: `${user.name} (personal)`, personal: true, personalUserId: userId })
      .onConflictDoNothing()
      .returning({ id: workspaces.id, name: workspaces.name });
    if (row) return row;
  }
  throw new Error(`addMembership: no free personal workspace name for ${user.username}`);
}
