import "server-only";
import { refuse } from "@/lib/action/errors";
import { getMember } from "@/lib/members/get-member";
import { listMembers } from "@/lib/members/list-members";
import { ZMemberDto } from "@/lib/members/member-dto";
import { patchMember, ZPatchMember } from "@/lib/members/patch-member";
import { removeMember } from "@/lib/members/remove-member";
import { ZMemberFilter } from "@/lib/validation/members";
import { zId } from "@/lib/validation/ids";
import { WORKSPACE_ROLES } from "@/lib/authz/permissions";
import { z } from "zod";
import { defineRoute } from "../define-route";
import { ZPage, ZPageQuery } from "../pagination";

const tag = "Members";
const ZMemberPath = z.object({ id: zId("The member") });
const ZMemberDetail = ZMemberDto.extend({
  workspaces: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.enum(WORKSPACE_ROLES), personal: z.boolean() })),
});

export const listMembersRoute = defineRoute({
  method: "GET",
  path: "/members",
  tag,
  summary: "List the tenant's members",
  description: "People only (service accounts have their own endpoint). Filters combine; pages are keyset cursors.",
  auth: "api_key",
  permission: "members:read",
  query: ZMemberFilter.extend(ZPageQuery.shape),
  response: ZPage(ZMemberDto),
  handle: ({ caller, query }) => listMembers(caller, query),
});

export const getMemberRoute = defineRoute({
  method: "GET",
  path: "/members/{id}",
  tag,
  summary: "Read one member",
  description: "With groups and direct workspace roles.",
  auth: "api_key",
  permission: "members:read",
  params: ZMemberPath,
  response: ZMemberDetail,
  handle: async ({ caller, params }) => (await getMember(caller, params.id)) ?? Promise.reject(refuse.notFound("The member")),
});

export const updateMemberRoute = defineRoute({
  method: "PATCH",
  path: "/members/{id}",
  tag,
  summary: "Change a member's tenant role or status",
  description: "`status: inactive` deactivates (sessions and keys stop at once); `active` re-activates. The last active Admin cannot be demoted or deactivated.",
  auth: "api_key",
  permission: "members:update",
  params: ZMemberPath,
  body: ZPatchMember,
  response: ZMemberDetail,
  refusals: { invariant_violation: "The change would leave the tenant without an active Admin", conflict: "Already in that status" },
  handle: ({ caller, params, body, meta }) => patchMember(caller, params.id, body, meta),
});

export const removeMemberRoute = defineRoute({
  method: "DELETE",
  path: "/members/{id}",
  tag,
  summary: "Remove a member from the tenant",
  description: "Deletes the membership, group memberships, workspace roles, API keys, sessions and personal workspace; the audit history stays.",
  auth: "api_key",
  permission: removeMember.permission,
  params: ZMemberPath,
  response: null,
  status: 204,
  refusals: { invariant_violation: "The last active Admin, oneself, or the only Owner of a shared workspace" },
  handle: ({ caller, params, meta }) => removeMember.execute(caller, { userId: params.id }, meta),
});
