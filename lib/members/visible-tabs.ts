import type { MembersTab } from "@/components/members/members-tabs";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";

/** The Accounts tabs a caller may open: the same permissions their pages check (Builders read invitations too). */
export function visibleMembersTabs(caller: Caller): MembersTab[] {
  return [
    ...(callerHas(caller, "members:read") ? (["users", "invitations"] as const) : []),
    ...(callerHas(caller, "service_accounts:read") ? (["service-accounts"] as const) : []),
  ];
}
