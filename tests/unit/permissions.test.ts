import { describe, expect, it } from "vitest";
import {
  canGrantTenantRole,
  isReadPermission,
  isTenantRole,
  PERMISSIONS,
  TENANT_ROLE_INFO,
  TENANT_ROLES,
  tenantRoleHas,
  WORKSPACE_ROLE_INFO,
  WORKSPACE_ROLES,
  workspaceRoleHas,
  type Permission,
  type TenantPermission,
} from "@/lib/authz/permissions";

const all = Object.keys(PERMISSIONS) as Permission[];
const tenantPermissions = all.filter((p) => PERMISSIONS[p].scope === "tenant") as TenantPermission[];

describe("permission registry", () => {
  it("every tenant role's permissions exist and are tenant-scoped", () => {
    for (const role of TENANT_ROLES) {
      for (const p of TENANT_ROLE_INFO[role].permissions) {
        expect(PERMISSIONS[p as Permission], `${role}: ${p}`).toBeDefined();
        expect(PERMISSIONS[p as Permission].scope, `${role}: ${p}`).toBe("tenant");
      }
    }
  });

  it("every workspace role's permissions exist and are workspace-scoped", () => {
    for (const role of WORKSPACE_ROLES) {
      for (const p of WORKSPACE_ROLE_INFO[role].permissions) {
        expect(PERMISSIONS[p as Permission], `${role}: ${p}`).toBeDefined();
        expect(PERMISSIONS[p as Permission].scope, `${role}: ${p}`).toBe("workspace");
      }
    }
  });

  it("Admin has every tenant permission", () => {
    expect(tenantPermissions.length).toBeGreaterThan(0);
    for (const p of tenantPermissions) expect(tenantRoleHas("admin", p), p).toBe(true);
  });

  it("Consumer cannot read members, change settings or read the audit log", () => {
    expect(tenantRoleHas("consumer", "members:read")).toBe(false);
    expect(tenantRoleHas("consumer", "settings:update")).toBe(false);
    expect(tenantRoleHas("consumer", "audit:read")).toBe(false);
    expect(tenantRoleHas("consumer", "profile:read")).toBe(true);
  });

  it("Builder creates workspaces and reads members and groups, but cannot change settings or invite", () => {
    expect(tenantRoleHas("builder", "workspaces:create")).toBe(true);
    expect(tenantRoleHas("builder", "members:read")).toBe(true);
    expect(tenantRoleHas("builder", "groups:read")).toBe(true);
    expect(tenantRoleHas("builder", "settings:update")).toBe(false);
    expect(tenantRoleHas("builder", "members:invite")).toBe(false);
  });

  it("workspace Owner ⊇ Contributor ⊇ Viewer", () => {
    const [owner, contributor, viewer] = (["owner", "contributor", "viewer"] as const).map(
      (r) => WORKSPACE_ROLE_INFO[r].permissions as readonly string[],
    );
    for (const p of viewer!) expect(contributor, p).toContain(p);
    for (const p of contributor!) expect(owner, p).toContain(p);
    expect(workspaceRoleHas("viewer", "workflow:edit")).toBe(false);
    expect(workspaceRoleHas("contributor", "workspace:delete")).toBe(false);
    expect(workspaceRoleHas("owner", "workspace:delete")).toBe(true);
  });

  it("tenant roles are ranked admin > builder > consumer and nest the same way", () => {
    expect(TENANT_ROLE_INFO.admin.rank).toBeGreaterThan(TENANT_ROLE_INFO.builder.rank);
    expect(TENANT_ROLE_INFO.builder.rank).toBeGreaterThan(TENANT_ROLE_INFO.consumer.rank);
    for (const p of TENANT_ROLE_INFO.consumer.permissions) expect(tenantRoleHas("builder", p), p).toBe(true);
  });
});

describe("canGrantTenantRole", () => {
  it("a consumer can grant only consumer", () => {
    expect(canGrantTenantRole("consumer", "consumer")).toBe(true);
    expect(canGrantTenantRole("consumer", "builder")).toBe(false);
    expect(canGrantTenantRole("consumer", "admin")).toBe(false);
  });

  it("a builder cannot grant admin", () => {
    expect(canGrantTenantRole("builder", "builder")).toBe(true);
    expect(canGrantTenantRole("builder", "admin")).toBe(false);
  });

  it("an admin can grant every role", () => {
    for (const role of TENANT_ROLES) expect(canGrantTenantRole("admin", role), role).toBe(true);
  });
});

describe("isReadPermission / isTenantRole", () => {
  it("classifies read and write permissions", () => {
    expect(isReadPermission("members:read")).toBe(true);
    expect(isReadPermission("audit:export")).toBe(true);
    expect(isReadPermission("members:invite")).toBe(false);
    expect(isReadPermission("workflow:execute")).toBe(false);
  });

  it("recognises only the three tenant roles", () => {
    expect(isTenantRole("admin")).toBe(true);
    expect(isTenantRole("owner")).toBe(false);
    expect(isTenantRole("Admin")).toBe(false);
    expect(isTenantRole(3)).toBe(false);
  });
});
