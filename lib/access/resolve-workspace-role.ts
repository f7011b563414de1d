import {
  TENANT_ROLE_INFO,
  WORKSPACE_PERMISSIONS,
  WORKSPACE_ROLE_INFO,
  workspaceRoleHas,
  type TenantRole,
  type WorkspacePermission,
  type WorkspaceRole,
} from "@/lib/authz/permissions";

/** Why a principal holds a role in a workspace. */
export type AccessSource = { kind: "direct" } | { kind: "group"; groupId: string; groupName: string } | { kind: "tenant_role"; tenantRole: TenantRole };

/** One role held in one workspace, and where it comes from. */
export type AccessGrant = { role: WorkspaceRole; source: AccessSource };

export type EffectiveAccess = {
  /** The highest role of every grant. */
  role: WorkspaceRole;
  /** Every grant, strongest first. */
  grants: AccessGrant[];
  /** Each permission that follows, with the grants that give it. */
  permissions: { permission: WorkspacePermission; grants: AccessGrant[] }[];
};

const SOURCE_ORDER: Record<AccessSource["kind"], number> = { tenant_role: 0, direct: 1, group: 2 };

function strongestFirst(a: AccessGrant, b: AccessGrant): number {
  const byRank = WORKSPACE_ROLE_INFO[b.role].rank - WORKSPACE_ROLE_INFO[a.role].rank;
  if (byRank) return byRank;
  const bySource = SOURCE_ORDER[a.source.kind] - SOURCE_ORDER[b.source.kind];
  if (bySource) return bySource;
  return a.source.kind === "group" && b.source.kind === "group" ? a.source.groupName.localeCompare(b.source.groupName) : 0;
}

/**
 * The one resolution of a principal's role in one workspace (SPEC §1): the highest of the direct binding, every
 * group binding, and what the tenant role implies everywhere (an Admin is Owner in every workspace). Both the
 * enforcement of workspace-scoped actions and the effective-access page call this, so the page cannot disagree.
 * Null when nothing grants any role there.
 */
export function resolveWorkspaceRole(tenantRole: TenantRole, bindings: readonly AccessGrant[]): EffectiveAccess | null {
  const everywhere = TENANT_ROLE_INFO[tenantRole].everyWorkspace;
  const grants = [...bindings];
  if (everywhere) grants.push({ role: everywhere, source: { kind: "tenant_role", tenantRole } });
  if (!grants.length) return null;
  grants.sort(strongestFirst);
  return {
    role: grants[0]!.role,
    grants,
    permissions: WORKSPACE_PERMISSIONS.flatMap((permission) => {
      const giving = grants.filter((g) => workspaceRoleHas(g.role, permission));
      return giving.length ? [{ permission, grants: giving }] : [];
    }),
  };
}

/** The reason as the console words it: "direct role", "via group SecOps", "tenant Admin". */
export function describeAccessSource(source: AccessSource): string {
  switch (source.kind) {
    case "direct":
      return "direct role";
    case "group":
      return `via group ${source.groupName}`;
    case "tenant_role":
      return `tenant ${TENANT_ROLE_INFO[source.tenantRole].label}`;
  }
}
