import { describe, expect, it } from "vitest";
import { isAcceptableIssuer } from "@/lib/sso/insecure-issuer";
import { formatRoleMappingRules, mappedRole, parseRoleMappingRules } from "@/lib/sso/role-mapping";

describe("role mapping", () => {
  const rules = [
    { idpGroup: "eng", role: "builder" as const },
    { idpGroup: "gh-admins", role: "admin" as const },
  ];

  it("grants the highest role among matching rules, else the default; no rules leaves the role alone", () => {
    expect(mappedRole(rules, ["eng", "gh-admins"], "consumer")).toBe("admin");
    expect(mappedRole(rules, ["eng"], "consumer")).toBe("builder");
    expect(mappedRole(rules, ["GH-ADMINS"], "consumer")).toBe("consumer");
    expect(mappedRole([], ["gh-admins"], "consumer")).toBeNull();
  });

  it("parses one rule a line, keeps '=' inside group names, and reports every bad line", () => {
    expect(parseRoleMappingRules("a=b = Admin\n\n  eng = builder  ")).toEqual({
      ok: true,
      rules: [
        { idpGroup: "a=b", role: "admin", group: null },
        { idpGroup: "eng", role: "builder", group: null },
      ],
    });
    expect(parseRoleMappingRules("eng\nx = owner\neng = admin\neng = builder\nops = group:\nqa = builder, admin")).toEqual({
      ok: false,
      problems: [
        'Line 1: write "IdP group = role" or "IdP group = group:<name>".',
        "Line 2: the role must be admin, builder or consumer (or group:<name> for a Gatehouse group).",
        'Line 4: "eng" is mapped twice.',
        "Line 5: a group name has 1 to 64 characters.",
        "Line 6: one role a rule.",
      ],
    });
    expect(formatRoleMappingRules(rules)).toBe("eng = builder\ngh-admins = admin");
  });

  it("maps an IdP group to a Gatehouse group, with or without a role, and writes it back the same way", () => {
    const parsed = parseRoleMappingRules("engineering = builder, group:Engineering\nsre = group: On call");
    expect(parsed).toEqual({
      ok: true,
      rules: [
        { idpGroup: "engineering", role: "builder", group: "Engineering" },
        { idpGroup: "sre", role: null, group: "On call" },
      ],
    });
    expect(formatRoleMappingRules(parsed.ok ? parsed.rules : [])).toBe("engineering = builder, group:Engineering\nsre = group:On call");
    // A group-only rule grants no role: the default applies.
    expect(mappedRole(parsed.ok ? parsed.rules : [], ["sre"], "consumer")).toBe("consumer");
  });
});

describe("issuer URLs", () => {
  it("accept https anywhere and plain http only on loopback", () => {
    expect(isAcceptableIssuer("https://login.example.com/tenant")).toBe(true);
    expect(isAcceptableIssuer("http://127.0.0.1:3810")).toBe(true);
    expect(isAcceptableIssuer("http://localhost:4000")).toBe(true);
    expect(isAcceptableIssuer("http://idp.example.com")).toBe(false);
    expect(isAcceptableIssuer("http://127.0.0.1.evil.test")).toBe(false);
    expect(isAcceptableIssuer("javascript:alert(1)")).toBe(false);
    expect(isAcceptableIssuer("not a url")).toBe(false);
  });
});
