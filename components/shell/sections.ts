import type { TenantPermission } from "@/lib/authz/permissions";

/** The console's sections in sidebar order; each appears for callers holding its permission. */
export const SECTIONS: readonly { href: string; label: string; permission: TenantPermission }[] = [
  { href: "/settings/profile", label: "Profile", permission: "profile:read" },
  { href: "/settings/api-keys", label: "API keys", permission: "api_keys:read_own" },
  { href: "/settings/accounts", label: "Accounts", permission: "members:read" },
  { href: "/settings/groups", label: "Groups", permission: "groups:read" },
  { href: "/settings/roles", label: "Roles", permission: "roles:read" },
  { href: "/settings/workspaces", label: "Workspaces", permission: "workspaces:read" },
  { href: "/settings/general", label: "General", permission: "settings:update" },
  { href: "/settings/ai", label: "AI", permission: "settings:update" },
  { href: "/settings/security", label: "Security", permission: "security:update" },
  { href: "/settings/audit-logs", label: "Audit logs", permission: "audit:read" },
];
