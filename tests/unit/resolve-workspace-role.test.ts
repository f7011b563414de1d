import { describe, expect, it } from "vitest";
import { describeAccessSource, resolveWorkspaceRole, type AccessGrant } from "@/lib/access/resolve-workspace-role";
import { WORKSPACE_PERMISSIONS, WORKSPACE_ROLE_INFO } from "@/lib/authz/permissions";

const direct = (role: AccessGrant["role"]): AccessGrant => ({ role, source: { kind: "direct" } });
const viaGroup = (role: AccessGrant["role"], groupName: string): AccessGrant => ({ role, source: { kind: "group", groupId: `id-${groupName}`, groupName } });

describe("resolveWorkspaceRole", () => {
  it("nothing bound and no tenant-wide role: no access at all", () => {
    expect(resolveWorkspaceRole("consumer", [])).toBeNull();
    expect(resolveWorkspaceRole("builder", [])).toBeNull();
  });

  it("a direct role alone is the effective role, and its permissions are exactly the registry's", () => {
    const access = resolveWorkspaceRole("consumer", [direct("viewer")])!;
    expect(access.role).toBe("viewer");
    expect(access.permissions.map((p) => p.permission).sort()).toEqual([...WORKSPACE_ROLE_INFO.viewer.permissions].sort());
    expect(access.permissions.every((p) => p.grants.length === 1 && p.grants[0]!.source.kind === "direct")).toBe(true);
  });

  it("a group role above the direct role wins, and each permission names the grants that give it", () => {
    const access = resolveWorkspaceRole("consumer", [direct("viewer"), viaGroup("contributor", "SecOps")])!;
    expect(access.role).toBe("contributor");
    const why = Object.fromEntries(access.permissions.map((p) => [p.permission, p.grants.map((g) => describeAccessSource(g.source))]));
    expect(why["workflow:edit"]).toEqual(["via group SecOps"]);
    expect(why["workflow:read"]).toEqual(["via group SecOps", "direct role"]);
    expect(why["workspace:manage_members"]).toBeUndefined();
  });

  it("a direct role above every group role wins", () => {
    expect(resolveWorkspaceRole("builder", [viaGroup("viewer", "Readers"), direct("owner"), viaGroup("contributor", "Devs")])!.role).toBe("owner");
  });

  it("a user in several groups gets the highest of them, grants listed strongest first", () => {
    const access = resolveWorkspaceRole("consumer", [viaGroup("viewer", "Zeta"), viaGroup("owner", "Ops"), viaGroup("contributor", "Alpha"), viaGroup("viewer", "Beta")])!;
    expect(access.role).toBe("owner");
    expect(access.grants.map((g) => describeAccessSource(g.source))).toEqual(["via group Ops", "via group Alpha", "via group Beta", "via group Zeta"]);
    expect(access.permissions.find((p) => p.permission === "workspace:delete")!.grants.map((g) => g.role)).toEqual(["owner"]);
  });

  it("a tenant Admin who is not a member is Owner, because of the tenant role", () => {
    const access = resolveWorkspaceRole("admin", [])!;
    expect(access.role).toBe("owner");
    expect(access.grants).toEqual([{ role: "owner", source: { kind: "tenant_role", tenantRole: "admin" } }]);
    expect(describeAccessSource(access.grants[0]!.source)).toBe("tenant Admin");
    expect(access.permissions.map((p) => p.permission)).toEqual([...WORKSPACE_PERMISSIONS]);
  });

  it("a tenant Admin who is also a Viewer is still Owner; the Viewer grant is listed as a lesser reason", () => {
    const access = resolveWorkspaceRole("admin", [direct("viewer"), viaGroup("contributor", "SecOps")])!;
    expect(access.role).toBe("owner");
    expect(access.grants.map((g) => [g.role, g.source.kind])).toEqual([
      ["owner", "tenant_role"],
      ["contributor", "group"],
      ["viewer", "direct"],
    ]);
  });

  it("Builders and Consumers get nothing from their tenant role in a workspace", () => {
    expect(resolveWorkspaceRole("builder", [viaGroup("viewer", "Readers")])!.grants).toHaveLength(1);
  });

  it("does not reorder the caller's array", () => {
    const grants = [direct("viewer"), viaGroup("owner", "Ops")];
    resolveWorkspaceRole("consumer", grants);
    expect(grants.map((g) => g.role)).toEqual(["viewer", "owner"]);
  });
});
