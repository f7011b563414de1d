import type { TenantRole } from "@/lib/authz/permissions";
import type { Caller } from "./caller";

/** What client components may know about the caller (no session id). */
export type CallerDto = { name: string; email: string; username: string; tenantName: string; role: TenantRole };

export function toCallerDto(caller: Caller): CallerDto {
  return { name: caller.name, email: caller.email, username: caller.username, tenantName: caller.tenantName, role: caller.role };
}
