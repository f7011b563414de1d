import "server-only";
import { z } from "zod";
import { addGroupMembers } from "@/lib/groups/add-group-members";
import { createGroup, ZCreateGroup } from "@/lib/groups/create-group";
import { deleteGroup } from "@/lib/groups/delete-group";
import { findGroup } from "@/lib/groups/find-group";
import { ZGroupDto, ZGroupMemberDto } from "@/lib/groups/group-dto";
import { listGroupMembersPage } from "@/lib/groups/list-group-members-page";
import { listGroupsPage } from "@/lib/groups/list-groups-page";
import { removeGroupMember } from "@/lib/groups/remove-group-member";
import { updateGroup } from "@/lib/groups/update-group";
import { zIdList } from "@/lib/validation/ids";
import { defineRoute } from "../define-route";
import { ZPage, ZPageQuery } from "../pagination";
import { asObject } from "../read-request";

const tag = "Groups";
const ZGroupRef = z.object({ id: z.uuid() });
const ZGroupMemberRef = z.object({ id: z.uuid(), userId: z.uuid() });

export const listGroups = defineRoute({
  method: "GET",
  path: "/groups",
  tag,
  summary: "List the tenant's groups",
  description: "By name, case-insensitive.",
  auth: "api_key",
  permission: "groups:read",
  query: ZPageQuery,
  response: ZPage(ZGroupDto),
  handle: ({ caller, query }) => listGroupsPage(caller, query),
});

export const postGroup = defineRoute({
  method: "POST",
  path: "/groups",
  tag,
  summary: "Create a group",
  auth: "api_key",
  permission: createGroup.permission,
  body: ZCreateGroup,
  response: ZGroupDto,
  status: 201,
  handle: async ({ caller, body, meta }) => findGroup(caller, (await createGroup.execute(caller, body, meta)).id),
});

export const getGroup = defineRoute({
  method: "GET",
  path: "/groups/{id}",
  tag,
  summary: "Read a group",
  auth: "api_key",
  permission: "groups:read",
  params: ZGroupRef,
  response: ZGroupDto,
  handle: ({ caller, params }) => findGroup(caller, params.id),
});

export const patchGroup = defineRoute({
  method: "PATCH",
  path: "/groups/{id}",
  tag,
  summary: "Rename or describe a group",
  description: "Fields left out keep their value.",
  auth: "api_key",
  permission: updateGroup.permission,
  params: ZGroupRef,
  body: ZCreateGroup.partial(),
  response: ZGroupDto,
  handle: async ({ caller, params, body, meta }) => {
    const { name, description } = await findGroup(caller, params.id);
    await updateGroup.execute(caller, { name, description, ...asObject(body), groupId: params.id }, meta);
    return findGroup(caller, params.id);
  },
});

export const removeGroup = defineRoute({
  method: "DELETE",
  path: "/groups/{id}",
  tag,
  summary: "Delete a group",
  description:
    "Its members lose the workspace roles it gave them at once. Unlike the console, the API asks for no typed name: the request is the deliberate act.",
  auth: "api_key",
  permission: deleteGroup.permission,
  params: ZGroupRef,
  response: null,
  status: 204,
  handle: async ({ caller, params, meta }) => {
    const group = await findGroup(caller, params.id);
    await deleteGroup.execute(caller, { groupId: group.id, confirmName: group.name }, meta);
  },
});

export const listGroupMembers = defineRoute({
  method: "GET",
  path: "/groups/{id}/members",
  tag,
  summary: "List a group's members",
  description: "By name, case-insensitive.",
  auth: "api_key",
  permission: "groups:read",
  params: ZGroupRef,
  query: ZPageQuery,
  response: ZPage(ZGroupMemberDto),
  handle: ({ caller, params, query }) => listGroupMembersPage(caller, params.id, query),
});

export const addMembersToGroup = defineRoute({
  method: "POST",
  path: "/groups/{id}/members",
  tag,
  summary: "Add members to a group",
  description: "Users already in the group are left as they are and not counted in `added`.",
  auth: "api_key",
  permission: addGroupMembers.permission,
  params: ZGroupRef,
  body: z.object({ userIds: zIdList("A member", "Choose at least one member.") }),
  response: z.object({ added: z.number().int().meta({ description: "How many users joined the group." }) }),
  handle: async ({ caller, params, body, meta }) => {
    await findGroup(caller, params.id);
    return addGroupMembers.execute(caller, { userIds: asObject(body).userIds, groupIds: [params.id] }, meta);
  },
});

export const removeMemberFromGroup = defineRoute({
  method: "DELETE",
  path: "/groups/{id}/members/{userId}",
  tag,
  summary: "Remove a member from a group",
  auth: "api_key",
  permission: removeGroupMember.permission,
  params: ZGroupMemberRef,
  response: null,
  status: 204,
  handle: async ({ caller, params, meta }) => {
    await removeGroupMember.execute(caller, { groupId: params.id, userId: params.userId }, meta);
  },
});
