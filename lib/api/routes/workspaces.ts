import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/action/errors";
import { addWorkspaceMember } from "@/lib/workspaces/add-workspace-member";
import { changeWorkspaceMemberRole } from "@/lib/workspaces/change-workspace-member-role";
import { createWorkspace, ZCreateWorkspace } from "@/lib/workspaces/create-workspace";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { findWorkspace } from "@/lib/workspaces/find-workspace";
import { listWorkspaceMembersPage } from "@/lib/workspaces/list-workspace-members-page";
import { listWorkspacesPage, ZWorkspacePageQuery } from "@/lib/workspaces/list-workspaces-page";
import { removeWorkspaceMember } from "@/lib/workspaces/remove-workspace-member";
import { updateWorkspace, ZUpdateWorkspace } from "@/lib/workspaces/update-workspace";
import { ZWorkspaceDto, ZWorkspaceMemberDto } from "@/lib/workspaces/workspace-dto";
import { ZWorkspaceRole } from "@/lib/validation/workspaces";
import { defineRoute } from "../define-route";
import { ZPage, ZPageQuery } from "../pagination";
import { asObject } from "../read-request";

const tag = "Workspaces";
const ZWorkspaceRef = z.object({ id: z.uuid() });
const ZWorkspaceMemberRef = z.object({ id: z.uuid(), principalType: z.enum(["user", "group"]), principalId: z.uuid() });
const ZWorkspaceMemberRole = z.object({
  principal: z.object({ type: z.enum(["user", "group"]), id: z.uuid() }),
  role: ZWorkspaceRole,
});

const principalOf = (params: z.output<typeof ZWorkspaceMemberRef>) => `${params.principalType}:${params.principalId}`;

export const listWorkspaces = defineRoute({
  method: "GET",
  path: "/workspaces",
  tag,
  summary: "List the workspaces the caller may see",
  description: "An Admin sees every workspace of the tenant; everyone else those where they hold a role, directly or through a group. By name.",
  auth: "api_key",
  permission: "workspaces:read",
  query: ZWorkspacePageQuery,
  response: ZPage(ZWorkspaceDto),
  handle: ({ caller, query }) => listWorkspacesPage(caller, query),
});

export const postWorkspace = defineRoute({
  method: "POST",
  path: "/workspaces",
  tag,
  summary: "Create a shared workspace",
  description: "The key's owner becomes its first direct Owner.",
  auth: "api_key",
  permission: createWorkspace.permission,
  body: ZCreateWorkspace,
  response: ZWorkspaceDto,
  status: 201,
  handle: async ({ caller, body, meta }) => findWorkspace(caller, (await createWorkspace.execute(caller, body, meta)).id),
});

export const getWorkspace = defineRoute({
  method: "GET",
  path: "/workspaces/{id}",
  tag,
  summary: "Read a workspace",
  auth: "api_key",
  permission: "workspaces:read",
  params: ZWorkspaceRef,
  response: ZWorkspaceDto,
  handle: ({ caller, params }) => findWorkspace(caller, params.id),
});

export const patchWorkspace = defineRoute({
  method: "PATCH",
  path: "/workspaces/{id}",
  tag,
  summary: "Change a workspace's display name or description",
  description: "The name is the workspace's address and stays. Fields left out keep their value.",
  auth: "api_key",
  permission: updateWorkspace.permission,
  params: ZWorkspaceRef,
  body: ZUpdateWorkspace.omit({ workspaceId: true }).partial(),
  response: ZWorkspaceDto,
  handle: async ({ caller, params, body, meta }) => {
    const { displayName, description } = await findWorkspace(caller, params.id);
    await updateWorkspace.execute(caller, { displayName, description, ...asObject(body), workspaceId: params.id }, meta);
    return findWorkspace(caller, params.id);
  },
});

export const removeWorkspace = defineRoute({
  method: "DELETE",
  path: "/workspaces/{id}",
  tag,
  summary: "Delete a workspace",
  description:
    "With every role in it. Unlike the console, the API asks for no typed name: the request is the deliberate act.",
  auth: "api_key",
  permission: deleteWorkspace.permission,
  params: ZWorkspaceRef,
  response: null,
  status: 204,
  refusals: { invariant_violation: "A personal workspace cannot be deleted while its user is a member" },
  handle: async ({ caller, params, meta }) => {
    const workspace = await findWorkspace(caller, params.id);
    await deleteWorkspace.execute(caller, { workspaceId: workspace.id, confirmName: workspace.name }, meta);
  },
});

export const listWorkspaceMembers = defineRoute({
  method: "GET",
  path: "/workspaces/{id}/members",
  tag,
  summary: "List the users and groups holding a role in a workspace",
  description: "By name.",
  auth: "api_key",
  permission: "workspaces:read",
  params: ZWorkspaceRef,
  query: ZPageQuery,
  response: ZPage(ZWorkspaceMemberDto),
  handle: ({ caller, params, query }) => listWorkspaceMembersPage(caller, params.id, query),
});

export const putWorkspaceMember = defineRoute({
  method: "PUT",
  path: "/workspaces/{id}/members/{principalType}/{principalId}",
  tag,
  summary: "Give a user or group a role in a workspace, or change it",
  auth: "api_key",
  permission: changeWorkspaceMemberRole.permission,
  params: ZWorkspaceMemberRef,
  body: ZWorkspaceMemberRole.pick({ role: true }),
  response: ZWorkspaceMemberRole,
  refusals: { invariant_violation: "The change would leave the workspace without a direct Owner, or the workspace is personal" },
  handle: async ({ caller, params, body, meta }) => {
    const input = { role: asObject(body).role, workspaceId: params.id, principal: principalOf(params) };
    try {
      return await changeWorkspaceMemberRole.execute(caller, input, meta);
    } catch (error) {
      // Not a member there yet (an unknown workspace is refused the same way by the add).
      if (error instanceof DomainError && error.code === "not_found") return addWorkspaceMember.execute(caller, input, meta);
      throw error;
    }
  },
});

export const deleteWorkspaceMember = defineRoute({
  method: "DELETE",
  path: "/workspaces/{id}/members/{principalType}/{principalId}",
  tag,
  summary: "Take a user's or group's role in a workspace away",
  auth: "api_key",
  permission: removeWorkspaceMember.permission,
  params: ZWorkspaceMemberRef,
  response: null,
  status: 204,
  refusals: { invariant_violation: "The change would leave the workspace without a direct Owner, or the workspace is personal" },
  handle: async ({ caller, params, meta }) => {
    await removeWorkspaceMember.execute(caller, { workspaceId: params.id, principal: principalOf(params) }, meta);
  },
});
