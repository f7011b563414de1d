/**
 * The one registry of permissions and roles (SPEC §1). The Roles page renders it, the UI hides controls with it,
 * and the server enforces it for every action and API call. Anything not listed here is denied.
 */

type PermissionInfo = {
  scope: "tenant" | "workspace";
  /** "read" permissions are all a read-only API key may use. */
  kind: "read" | "write";
  description: string;
};

export const PERMISSIONS = {
  "profile:read": { scope: "tenant", kind: "read", description: "See one's own profile" },
  "profile:update": { scope: "tenant", kind: "write", description: "Edit one's own profile, password and two-factor" },
  "api_keys:read_own": { scope: "tenant", kind: "read", description: "See one's own API keys" },
  "api_keys:manage_own": { scope: "tenant", kind: "write", description: "Create, edit, regenerate and delete one's own API keys" },
  "members:read": { scope: "tenant", kind: "read", description: "Read the member directory" },
  "members:invite": { scope: "tenant", kind: "write", description: "Invite users and manage invitations" },
  "members:update": { scope: "tenant", kind: "write", description: "Change roles, deactivate, re-activate and remove members" },
  "members:reset_2fa": { scope: "tenant", kind: "write", description: "Reset a member's two-factor authentication" },
  "service_accounts:read": { scope: "tenant", kind: "read", description: "Read service accounts" },
  "service_accounts:manage": { scope: "tenant", kind: "write", description: "Create, edit and delete service accounts and their keys" },
  "groups:read": { scope: "tenant", kind: "read", description: "Read groups and their members" },
  "groups:manage": { scope: "tenant", kind: "write", description: "Create, edit and delete groups" },
  "roles:read": { scope: "tenant", kind: "read", description: "Read roles and the permission matrix" },
  "access:read_all": { scope: "tenant", kind: "read", description: "See any member's effective access" },
  "workspaces:read": { scope: "tenant", kind: "read", description: "See the workspaces one belongs to" },
  "workspaces:create": { scope: "tenant", kind: "write", description: "Create workspaces" },
  "workspaces:read_all": { scope: "tenant", kind: "read", description: "See every workspace of the tenant" },
  "api_keys:read_all": { scope: "tenant", kind: "read", description: "See every API key of the tenant" },
  "api_keys:revoke_any": { scope: "tenant", kind: "write", description: "Revoke any API key of the tenant" },
  "settings:read": { scope: "tenant", kind: "read", description: "Read general, AI and security settings" },
  "settings:update": { scope: "tenant", kind: "write", description: "Change general and AI settings" },
  "security:update": { scope: "tenant", kind: "write", description: "Change account security and SSO settings" },
  "audit:read": { scope: "tenant", kind: "read", description: "Read audit logs" },
  "audit:export": { scope: "tenant", kind: "read", description: "Export audit logs" },
  "audit:configure": { scope: "tenant", kind: "write", description: "Configure audit retention and streaming" },
  "workspace:read": { scope: "workspace", kind: "read", description: "See the workspace and its members" },
  "workspace:update": { scope: "workspace", kind: "write", description: "Rename and describe the workspace" },
  "workspace:manage_members": { scope: "workspace", kind: "write", description: "Add, change and remove workspace members" },
  "workspace:delete": { scope: "workspace", kind: "write", description: "Delete the workspace" },
  "workflow:read": { scope: "workspace", kind: "read", description: "See automations" },
  "workflow:edit": { scope: "workspace", kind: "write", description: "Build and change automations" },
  "workflow:execute": { scope: "workspace", kind: "write", description: "Run automations" },
} as const satisfies Record<string, PermissionInfo>;

export type Permission = keyof typeof PERMISSIONS;
export type TenantPermission = { [P in Permission]: (typeof PERMISSIONS)[P]["scope"] extends "tenant" ? P : never }[Permission];
export type WorkspacePermission = Exclude<Permission, TenantPermission>;

export const TENANT_ROLES = ["admin", "builder", "consumer"] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];
export const WORKSPACE_ROLES = ["owner", "contributor", "viewer"] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

type RoleInfo<P extends Permission> = { label: string; rank: number; description: string; permissions: readonly P[] };
type TenantRoleInfo = RoleInfo<TenantPermission> & {
  /** The workspace role this tenant role holds in every workspace of the tenant, member or not. */
  everyWorkspace: WorkspaceRole | null;
};

const everyone = ["profile:read", "profile:update", "api_keys:read_own", "api_keys:manage_own", "roles:read", "workspaces:read"] as const;
export const TENANT_PERMISSIONS = (Object.keys(PERMISSIONS) as Permission[]).filter(
  (p): p is TenantPermission => PERMISSIONS[p].scope === "tenant",
);
const allWorkspacePermissions = (Object.keys(PERMISSIONS) as Permission[]).filter(
  (p): p is WorkspacePermission => PERMISSIONS[p].scope === "workspace",
);

/** Every workspace-scoped permission, in registry order. */
export const WORKSPACE_PERMISSIONS: readonly WorkspacePermission[] = allWorkspacePermissions;

export const TENANT_ROLE_INFO = {
  admin: {
    label: "Admin",
    rank: 3,
    description: "Everything in the tenant: settings, members, every workspace (as Owner), audit logs, security and SSO.",
    permissions: TENANT_PERMISSIONS,
    everyWorkspace: "owner",
  },
  builder: {
    label: "Builder",
    rank: 2,
    description: "Builds automations: creates workspaces and reads the member directory, groups and roles.",
    permissions: [...everyone, "members:read", "groups:read", "workspaces:create"],
    everyWorkspace: null,
  },
  consumer: {
    label: "Consumer",
    rank: 1,
    description: "Uses what others built: own profile and API keys, and the workspaces granted to them.",
    permissions: everyone,
    everyWorkspace: null,
  },
} as const satisfies Record<TenantRole, TenantRoleInfo>;

export const WORKSPACE_ROLE_INFO = {
  owner: {
    label: "Owner",
    rank: 3,
    description: "Manages the workspace's members and roles, renames and deletes it.",
    permissions: allWorkspacePermissions,
  },
  contributor: {
    label: "Contributor",
    rank: 2,
    description: "Builds and runs automations.",
    permissions: ["workspace:read", "workflow:read", "workflow:edit", "workflow:execute"],
  },
  viewer: {
    label: "Viewer",
    rank: 1,
    description: "Reads the workspace and runs existing automations.",
    permissions: ["workspace:read", "workflow:read", "workflow:execute"],
  },
} as const satisfies Record<WorkspaceRole, RoleInfo<WorkspacePermission>>;

const tenantGrants = new Map<TenantRole, ReadonlySet<Permission>>(
  TENANT_ROLES.map((role) => [role, new Set<Permission>(TENANT_ROLE_INFO[role].permissions)]),
);
const workspaceGrants = new Map<WorkspaceRole, ReadonlySet<Permission>>(
  WORKSPACE_ROLES.map((role) => [role, new Set<Permission>(WORKSPACE_ROLE_INFO[role].permissions)]),
);

export function tenantRoleHas(role: TenantRole, permission: TenantPermission): boolean {
  return tenantGrants.get(role)?.has(permission) ?? false;
}

export function workspaceRoleHas(role: WorkspaceRole, permission: WorkspacePermission): boolean {
  return workspaceGrants.get(role)?.has(permission) ?? false;
}

export function isReadPermission(permission: Permission): boolean {
  return PERMISSIONS[permission].kind === "read";
}

/** Nobody grants a role above their own. */
export function canGrantTenantRole(granter: TenantRole, role: TenantRole): boolean {
  return TENANT_ROLE_INFO[role].rank <= TENANT_ROLE_INFO[granter].rank;
}

export function isWorkspaceRole(value: unknown): value is WorkspaceRole {
  return typeof value === "string" && (WORKSPACE_ROLES as readonly string[]).includes(value);
}

export function isTenantRole(value: unknown): value is TenantRole {
  return typeof value === "string" && (TENANT_ROLES as readonly string[]).includes(value);
}
