import { and, asc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { auditEvents, groupMembers, workspaceBindings, workspaces } from "@/db/schema";
import { DomainError } from "@/lib/action/errors";
import { getDb } from "@/lib/db";
import { createGroup } from "@/lib/groups/create-group";
import { addGroupMembers } from "@/lib/groups/add-group-members";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { addWorkspaceMember } from "@/lib/workspaces/add-workspace-member";
import type { WorkspaceRole } from "@/lib/authz/permissions";
import { META, type SeededMember } from "./fixtures";

/** The refusal a promise ends with; fails the test when it is not a DomainError. */
export async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

export const auditOf = (tenantId: string) =>
  getDb().select().from(auditEvents).where(eq(auditEvents.tenantId, tenantId)).orderBy(asc(auditEvents.seq));

export const auditActions = async (tenantId: string) => (await auditOf(tenantId)).map((e) => e.action);

/** The workspace's bindings as "user:<id>=role" / "group:<id>=role", sorted, for comparing whole states. */
export async function bindingsOf(workspaceId: string): Promise<string[]> {
  const rows = await getDb().select().from(workspaceBindings).where(eq(workspaceBindings.workspaceId, workspaceId));
  return rows.map((r) => `${r.principalType}:${r.userId ?? r.groupId}=${r.role}`).sort();
}

export const membersOfGroup = async (groupId: string) =>
  (await getDb().select({ userId: groupMembers.userId }).from(groupMembers).where(eq(groupMembers.groupId, groupId))).map((r) => r.userId).sort();

export const workspaceNamed = async (tenantId: string, name: string) =>
  (await getDb().select().from(workspaces).where(and(eq(workspaces.tenantId, tenantId), eq(workspaces.name, name))))[0];

export const user = (member: SeededMember) => `user:${member.userId}`;

export async function newWorkspace(owner: SeededMember, name: string) {
  return createWorkspace.execute(owner.caller, { name, displayName: name, description: "" }, META);
}

export async function newGroup(admin: SeededMember, name: string, members: SeededMember[] = []) {
  const group = await createGroup.execute(admin.caller, { name }, META);
  if (members.length) await addGroupMembers.execute(admin.caller, { groupIds: [group.id], userIds: members.map((m) => m.userId) }, META);
  return group;
}

export async function grant(by: SeededMember, workspaceId: string, principal: string, role: WorkspaceRole) {
  await addWorkspaceMember.execute(by.caller, { workspaceId, principal, role }, META);
}
