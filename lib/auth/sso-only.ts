import type { TenantRole } from "@/lib/authz/permissions";

/** Strict SSO mode (SPEC §9): a non-Admin gets into the tenant only through its SSO; Admins keep the password as break-glass. */
export function isSsoOnly(ssoStrict: boolean, role: TenantRole): boolean {
  return ssoStrict && role !== "admin";
}
