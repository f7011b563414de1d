import "server-only";
import { z } from "zod";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { TENANT_PERMISSIONS, TENANT_ROLES } from "@/lib/authz/permissions";

export const ZMe = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), username: z.string(), name: z.string() }),
  tenant: z.object({ id: z.uuid(), name: z.string() }),
  role: z.enum(TENANT_ROLES),
  permissions: z.array(z.string()).meta({ description: "What this caller may do now: the role's permissions, narrowed by the key's scope." }),
  apiKey: z.object({ id: z.uuid(), name: z.string(), scope: z.enum(["read", "write"]) }).nullable(),
});
export type MeDto = z.infer<typeof ZMe>;

/** Who the caller is and what it may do, as the server will enforce it on this very request. */
export function getMe(caller: Caller): MeDto {
  if (!callerHas(caller, "profile:read")) throw refuse.forbidden();
  return {
    user: { id: caller.userId, email: caller.email, username: caller.username, name: caller.name },
    tenant: { id: caller.tenantId, name: caller.tenantName },
    role: caller.role,
    permissions: TENANT_PERMISSIONS.filter((p) => callerHas(caller, p)),
    apiKey: caller.kind === "api_key" ? caller.apiKey : null,
  };
}
