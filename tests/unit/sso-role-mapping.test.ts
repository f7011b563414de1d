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
    expect(parseRoleMappingRules("a=b = Admin\n\n  eng = builder  ")).toEqual({ ok: true, rules: [{ idpGroup: "a=b", role: "admin" }, { idpGroup: "eng", role: "builder" }] });
    expect(parseRoleMappingRules("eng\nx = owner\neng = admin\neng = builder")).toEqual({
      ok: false,
      problems: ['Line 1: write "IdP group = role".', "Line 2: the role must be admin, builder or consumer.", 'Line 4: "eng" is mapped twice.'],
    });
    expect(formatRoleMappingRules(rules)).toBe("eng = builder\ngh-admins = admin");
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
