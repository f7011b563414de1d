import type { Caller } from "@/lib/auth/caller";
import { tenantRoleHas, type TenantPermission } from "./permissions";

/** Deny by default: the caller's current tenant role must grant the permission. */
export function callerHas(caller: Caller | null | undefined, permission: TenantPermission): boolean {
  return caller ? tenantRoleHas(caller.role, permission) : false;
}
