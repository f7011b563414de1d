import "server-only";
import { and, eq } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import { accessInWorkspace, callerSubject } from "@/lib/access/workspace-access";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { workspaceRoleHas } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";
import { isId } from "@/lib/validation/ids";
import type { PickerOption } from "./picker-option";
import { searchTenantGroups, searchTenantUsers, searchTenantWorkspaces, tenantGroupOption } from "./search-directory";

/** The searches behind the pickers, each authorized like the action its choice feeds. */

/** Members to add to a group (group's page). */
export async function pickMembersForGroups(caller: Caller, query: string): Promise<PickerOption[]> {
  if (!callerHas(caller, "groups:manage")) throw refuse.forbidden();
  return searchTenantUsers(caller.tenantId, query);
}

/** Groups to add a member to (member's page). */
export async function pickGroupsForMember(caller: Caller, query: string): Promise<PickerOption[]> {
  if (!callerHas(caller, "groups:manage")) throw refuse.forbidden();
  return searchTenantGroups(caller.tenantId, query);
}

/** Groups to filter the member list by (members page), and the one chosen earlier. */
export async function pickGroupsToFilterMembers(caller: Caller, query: string): Promise<PickerOption[]> {
  if (!callerHas(caller, "groups:read")) throw refuse.forbidden();
  return searchTenantGroups(caller.tenantId, query);
}

export async function chosenMemberFilterGroup(caller: Caller, groupId: string | undefined): Promise<PickerOption | null> {
  if (!groupId || !isId(groupId) || !callerHas(caller, "groups:read")) return null;
  return tenantGroupOption(caller.tenantId, groupId);
}

/** Groups an invitation puts its invitees in (invite page). */
export async function pickGroupsForInvitation(caller: Caller, query: string): Promise<PickerOption[]> {
  if (!callerHas(caller, "members:invite")) throw refuse.forbidden();
  return searchTenantGroups(caller.tenantId, query);
}

/** Workspaces an invitation gives its invitees a role in (invite page). */
export async function pickWorkspacesForInvitation(caller: Caller, query: string): Promise<PickerOption[]> {
  if (!callerHas(caller, "members:invite")) throw refuse.forbidden();
  return searchTenantWorkspaces(caller.tenantId, query, "shared");
}

/** Workspaces a new service account gets a role in (service accounts page). */
export async function pickWorkspacesForServiceAccount(caller: Caller, query: string): Promise<PickerOption[]> {
  if (!callerHas(caller, "service_accounts:manage")) throw refuse.forbidden();
  return searchTenantWorkspaces(caller.tenantId, query, "shared");
}

/** Workspaces to filter the audit log by, personal ones included (audit logs page). */
export async function pickWorkspacesToFilterAudit(caller: Caller, query: string): Promise<PickerOption[]> {
  if (!callerHas(caller, "audit:read")) throw refuse.forbidden();
  return searchTenantWorkspaces(caller.tenantId, query, "all");
}

/** Members whose effective access to open (Roles page). */
export async function pickMembersForAccess(caller: Caller, query: string): Promise<PickerOption[]> {
  if (!callerHas(caller, "access:read_all")) throw refuse.forbidden();
  return searchTenantUsers(caller.tenantId, query);
}

/** Users and groups to give a role in a workspace: only for who may manage that workspace's members. */
export async function pickWorkspacePrincipals(caller: Caller, workspaceId: string, query: string): Promise<PickerOption[]> {
  if (!isId(workspaceId)) throw refuse.notFound("The workspace");
  const [workspace] = await getDb()
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(and(eq(workspaces.tenantId, caller.tenantId), eq(workspaces.id, workspaceId)));
  const access = workspace ? await accessInWorkspace(getDb(), callerSubject(caller), workspace.id) : null;
  if (!access) throw refuse.notFound("The workspace");
  if (!workspaceRoleHas(access.role, "workspace:manage_members")) throw refuse.forbidden();
  const [people, teams] = await Promise.all([searchTenantUsers(caller.tenantId, query), searchTenantGroups(caller.tenantId, query)]);
  return [
    ...people.map((p) => ({ ...p, value: `user:${p.value}` })),
    ...teams.map((g) => ({ ...g, value: `group:${g.value}`, label: `${g.label} (group)` })),
  ];
}
