import type { Caller } from "@/lib/auth/caller";
import { isReadPermission, tenantRoleHas, type Permission, type TenantPermission } from "./permissions";

/**
 * Deny by default. The caller's current tenant role must grant the permission; an API key adds its scope on top:
 * a read-only key may use read permissions only, so a key never carries more than its owner.
 */
export function callerHas(caller: Caller | null | undefined, permission: TenantPermission): boolean {
  if (!caller || !tenantRoleHas(caller.role, permission)) return false;
  return keyScopeAllows(caller, permission);
}

/** The key's scope on top of whatever role grants the permission (tenant or workspace): read-only keys only read. */
export function keyScopeAllows(caller: Caller, permission: Permission): boolean {
  switch (caller.kind) {
    case "user":
      return true;
    case "api_key":
      return caller.apiKey.scope === "write" || isReadPermission(permission);
    default:
      return false;
  }
}
