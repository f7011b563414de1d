import { describe, expect, it } from "vitest";
import { ZGroupName } from "@/lib/validation/groups";
import { zIdList } from "@/lib/validation/ids";
import { ZPrincipalRef, ZWorkspaceName, ZWorkspaceRole } from "@/lib/validation/workspaces";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];
const ID = "0b3f1e9a-8c4d-4a5e-9f1a-2b3c4d5e6f70";

describe("workspace names", () => {
  it("accepts [a-z0-9-] of 3 to 64 characters", () => {
    expect(ZWorkspaceName.parse(" prod-automation ")).toBe("prod-automation");
    expect(ZWorkspaceName.safeParse("a".repeat(64)).success).toBe(true);
  });

  it("refuses other characters, capitals, and lengths out of range, saying why", () => {
    expect(messages(ZWorkspaceName.safeParse("Prod Automation"))).toEqual(["Use only lowercase letters, digits and hyphens."]);
    expect(messages(ZWorkspaceName.safeParse("prod_automation"))).toEqual(["Use only lowercase letters, digits and hyphens."]);
    expect(messages(ZWorkspaceName.safeParse("ab"))).toEqual(["A workspace name has at least 3 characters."]);
    expect(messages(ZWorkspaceName.safeParse("a".repeat(65)))).toEqual(["A workspace name has at most 64 characters."]);
  });

  it("keeps the personal- prefix for personal workspaces", () => {
    expect(messages(ZWorkspaceName.safeParse("personal-ada"))).toEqual(["Names starting with “personal-” are reserved for personal workspaces."]);
  });
});

describe("group names", () => {
  it("are trimmed, required, at most 64 characters", () => {
    expect(ZGroupName.parse("  SecOps ")).toBe("SecOps");
    expect(messages(ZGroupName.safeParse("   "))).toEqual(["Enter a group name."]);
    expect(messages(ZGroupName.safeParse("x".repeat(65)))).toEqual(["A group name has at most 64 characters."]);
  });
});

describe("principals and roles", () => {
  it("reads user:<id> and group:<id>", () => {
    expect(ZPrincipalRef.parse(`user:${ID}`)).toEqual({ type: "user", id: ID });
    expect(ZPrincipalRef.parse(`group:${ID.toUpperCase()}`)).toEqual({ type: "group", id: ID });
  });

  it("refuses any other shape", () => {
    for (const bad of ["", ID, `service:${ID}`, "user:123", `user:${ID}x`]) expect(messages(ZPrincipalRef.safeParse(bad)), bad).toEqual(["Choose a user or group."]);
  });

  it("knows the three workspace roles only", () => {
    expect(ZWorkspaceRole.safeParse("contributor").success).toBe(true);
    expect(messages(ZWorkspaceRole.safeParse("admin"))).toEqual(["Choose Owner, Contributor or Viewer."]);
  });
});

describe("id lists from forms", () => {
  const list = zIdList("A member", "Choose at least one member.");
  it("takes one id or several", () => {
    expect(list.parse(ID)).toEqual([ID]);
    expect(list.parse([ID, ID])).toEqual([ID, ID]);
  });
  it("refuses none and malformed ids", () => {
    expect(messages(list.safeParse(undefined))).toEqual(["Choose at least one member."]);
    expect(messages(list.safeParse("nope"))).toEqual(["A member was not found."]);
  });
});
