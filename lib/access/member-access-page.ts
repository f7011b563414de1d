import "server-only";
import { z } from "zod";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import { ZPage } from "@/lib/api/pagination";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { TENANT_ROLE_INFO, TENANT_ROLES, WORKSPACE_ROLES } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";
import { isId } from "@/lib/validation/ids";
import { ZWorkspacePageQuery } from "@/lib/workspaces/list-workspaces-page";
import { findAccessMember } from "./get-effective-access";
import { describeAccessSource, type AccessGrant } from "./resolve-workspace-role";
import { workspaceAccessPage } from "./workspace-access-page";

const ZGrant = z.object({
  role: z.enum(WORKSPACE_ROLES),
  via: z.enum(["direct", "group", "tenant_role"]),
  groupId: z.uuid().nullable(),
  reason: z.string().meta({ description: "“direct role”, “via group SecOps”, “tenant Admin”." }),
});

export const ZMemberAccess = ZPage(
  z.object({
    workspace: z.object({ id: z.uuid(), name: z.string(), displayName: z.string(), personal: z.boolean() }),
    role: z.enum(WORKSPACE_ROLES).meta({ description: "The highest role of every grant: what the server enforces." }),
    grants: z.array(ZGrant).meta({ description: "Every grant, strongest first." }),
    permissions: z.array(z.string()).meta({ description: "The workspace permissions that follow." }),
  }),
).extend({
  member: z.object({ id: z.uuid(), name: z.string(), email: z.string(), username: z.string(), tenantRole: z.enum(TENANT_ROLES) }),
  everywhere: z.boolean().meta({ description: "The tenant role alone gives a role in every workspace (an Admin)." }),
});
type MemberAccessDto = z.input<typeof ZMemberAccess>;

const toGrant = (grant: AccessGrant) => ({
  role: grant.role,
  via: grant.source.kind,
  groupId: grant.source.kind === "group" ? grant.source.groupId : null,
  reason: describeAccessSource(grant.source),
});

/**
 * SPEC §6 effective access for the API: the same resolution as the console's page (getEffectiveAccess), keyset-paged
 * by workspace name. Admins may look at anyone, everyone else at themself; another tenant's user is "not found".
 */
export async function getMemberAccessPage(caller: Caller, userId: string, query: unknown = {}): Promise<MemberAccessDto> {
  if (userId !== caller.userId && !callerHas(caller, "access:read_all")) throw refuse.forbidden();
  const options = parseInput(ZWorkspacePageQuery, query);
  const member = isId(userId) ? await findAccessMember(getDb(), caller.tenantId, userId) : null;
  if (!member) throw refuse.notFound("The member");
  const everywhere = TENANT_ROLE_INFO[member.tenantRole].everyWorkspace !== null;
  const page = await workspaceAccessPage({ tenantId: caller.tenantId, userId, tenantRole: member.tenantRole }, { ...options, all: everywhere });
  return {
    member,
    everywhere,
    nextCursor: page.nextCursor,
    data: page.data.map(({ workspace, access }) => ({
      workspace: { id: workspace.id, name: workspace.name, displayName: workspace.displayName, personal: workspace.personal },
      role: access.role,
      grants: access.grants.map(toGrant),
      permissions: access.permissions.map((p) => p.permission),
    })),
  };
}
