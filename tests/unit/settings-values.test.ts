import { describe, expect, it } from "vitest";
import { isEmailDomainAuthorized, isMemberAuthorized } from "@/lib/auth/authorized-domains";
import { BEDROCK_REGION_IDS, IAM_ROLE_ARN } from "@/lib/settings/bedrock-regions";
import { isDomainName, parseDomainList } from "@/lib/settings/domain-list";
import { describeLastChange } from "@/lib/settings/last-changed";
import { diffSettings } from "@/lib/settings/settings-diff";

describe("authorized domain lists", () => {
  it("splits on commas and whitespace, lower-cases, drops repeats and a leading @", () => {
    expect(parseDomainList(" Example.com,acme.org\n@example.com  sub.acme.co.uk ,")).toEqual({
      ok: true,
      domains: ["example.com", "acme.org", "sub.acme.co.uk"],
    });
    expect(parseDomainList("  ")).toEqual({ ok: true, domains: [] });
  });

  it("names each entry that is not a domain name", () => {
    expect(parseDomainList("example.com, localhost, -bad.com, a_b.com, 1.2.3.4")).toEqual({
      ok: false,
      problems: ['"localhost" is not a domain name.', '"-bad.com" is not a domain name.', '"a_b.com" is not a domain name.', '"1.2.3.4" is not a domain name.'],
    });
  });

  it("accepts IDN and long but valid names, refuses over-long labels and too many domains", () => {
    expect(isDomainName("xn--bcher-kva.example")).toBe(true);
    expect(isDomainName(`${"a".repeat(63)}.com`)).toBe(true);
    expect(isDomainName(`${"a".repeat(64)}.com`)).toBe(false);
    const many = Array.from({ length: 51 }, (_, i) => `d${i}.com`).join(",");
    expect(parseDomainList(many)).toEqual({ ok: false, problems: ["List at most 50 domains."] });
  });

  it("an empty list allows anyone; otherwise the exact domain must be listed; Admins are exempt", () => {
    expect(isEmailDomainAuthorized("x@other.org", [])).toBe(true);
    expect(isEmailDomainAuthorized("x@Example.COM", ["example.com"])).toBe(true);
    expect(isEmailDomainAuthorized("x@eng.example.com", ["example.com"])).toBe(false);
    expect(isEmailDomainAuthorized("x@other.org", ["example.com"])).toBe(false);
    expect(isMemberAuthorized({ email: "b@other.org", role: "builder" }, ["example.com"])).toBe(false);
    expect(isMemberAuthorized({ email: "c@other.org", role: "consumer" }, ["example.com"])).toBe(false);
    expect(isMemberAuthorized({ email: "a@other.org", role: "admin" }, ["example.com"])).toBe(true);
  });
});

describe("Bedrock settings", () => {
  it("accepts role ARNs of the documented shape only", () => {
    expect(IAM_ROLE_ARN.test("arn:aws:iam::123456789012:role/GatehouseBedrock")).toBe(true);
    expect(IAM_ROLE_ARN.test("arn:aws:iam::123456789012:role/service-role/My.Role@x")).toBe(true);
    expect(IAM_ROLE_ARN.test("arn:aws-us-gov:iam::123456789012:role/R")).toBe(true);
    for (const bad of ["arn:aws:iam::12345678901:role/R", "arn:aws:iam::123456789012:user/R", "arn:aws:iam::123456789012:role/", "arn:aws:s3:::bucket", " arn:aws:iam::123456789012:role/R"]) {
      expect(IAM_ROLE_ARN.test(bad), bad).toBe(false);
    }
  });

  it("lists real Bedrock regions once each", () => {
    expect(BEDROCK_REGION_IDS).toContain("us-east-1");
    expect(BEDROCK_REGION_IDS).toContain("eu-central-1");
    expect(BEDROCK_REGION_IDS).not.toContain("us-east-3");
    expect(new Set(BEDROCK_REGION_IDS).size).toBe(BEDROCK_REGION_IDS.length);
  });
});

describe("settings diff", () => {
  it("keeps exactly the keys whose value changes", () => {
    const current = { a: 1, b: "x", c: ["p"], d: null as number | null };
    expect(diffSettings(current, { a: 1, b: "y", c: ["p"], d: 7 })).toEqual({ before: { b: "x", d: null }, after: { b: "y", d: 7 } });
    expect(diffSettings(current, { c: ["p", "q"] })).toEqual({ before: { c: ["p"] }, after: { c: ["p", "q"] } });
    expect(diffSettings(current, { a: 1, c: ["p"] })).toBeNull();
  });
});

describe("the last-changed line", () => {
  it("follows the tenant's date and time format", () => {
    const change = { at: new Date("2026-03-04T14:05:00Z"), by: "Ada Admin" };
    expect(describeLastChange(change, { dateFormat: "MM/DD/YYYY", timeFormat: "12h" })).toBe("Last changed 03/04/2026 2:05 PM UTC by Ada Admin");
    expect(describeLastChange(change, { dateFormat: "DD/MM/YYYY", timeFormat: "24h" })).toBe("Last changed 04/03/2026 14:05 UTC by Ada Admin");
    expect(describeLastChange(undefined, { dateFormat: "DD/MM/YYYY", timeFormat: "24h" })).toBeNull();
  });
});
