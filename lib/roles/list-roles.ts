import "server-only";
import { z } from "zod";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { PERMISSIONS, TENANT_ROLE_INFO, TENANT_ROLES, WORKSPACE_ROLE_INFO, WORKSPACE_ROLES, type Permission } from "@/lib/authz/permissions";

const ZRole = z.object({
  id: z.string(),
  label: z.string(),
  description: z.string(),
  type: z.literal("built-in"),
  scope: z.enum(["tenant", "workspace"]),
  permissions: z.array(z.string()),
});

export const ZRoles = z.object({
  roles: z.array(ZRole),
  permissions: z.array(z.object({ id: z.string(), scope: z.enum(["tenant", "workspace"]), kind: z.enum(["read", "write"]), description: z.string() })),
});
export type RolesDto = z.infer<typeof ZRoles>;

/** The permission registry as data: every role with its permissions, and every permission (SPEC §6). */
export function listRoles(caller: Caller): RolesDto {
  if (!callerHas(caller, "roles:read")) throw refuse.forbidden();
  return {
    roles: [
      ...TENANT_ROLES.map((id) => ({ id, ...TENANT_ROLE_INFO[id], scope: "tenant" as const })),
      ...WORKSPACE_ROLES.map((id) => ({ id, ...WORKSPACE_ROLE_INFO[id], scope: "workspace" as const })),
    ].map(({ id, label, description, scope, permissions }) => ({ id, label, description, type: "built-in" as const, scope, permissions: [...permissions] })),
    permissions: (Object.keys(PERMISSIONS) as Permission[]).map((id) => ({ id, ...PERMISSIONS[id] })),
  };
}
