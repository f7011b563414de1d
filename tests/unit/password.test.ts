import { describe, expect, it } from "vitest";
import { commonPasswordCount } from "@/lib/validation/common-passwords";
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblems, ZNewPassword } from "@/lib/validation/password";

describe("passwordProblems", () => {
  it("accepts a long enough password unrelated to the user", () => {
    expect(passwordProblems("correct horse battery", { email: "alice@example.com", username: "alice" })).toEqual([]);
  });

  it("enforces the length bounds", () => {
    expect(passwordProblems("a".repeat(PASSWORD_MIN - 1), {})).toEqual(["Use at least 12 characters."]);
    expect(passwordProblems("a".repeat(PASSWORD_MIN), {})).toEqual([]);
    expect(passwordProblems("a".repeat(PASSWORD_MAX), {})).toEqual([]);
    expect(passwordProblems("a".repeat(PASSWORD_MAX + 1), {})).toEqual(["Use at most 128 characters."]);
  });

  it("rejects the e-mail's local part and the username, case-insensitively", () => {
    expect(passwordProblems("my-JohnDoe-password", { email: "johndoe@example.com" })).toEqual(["Do not include your e-mail address."]);
    expect(passwordProblems("xx-SUPERCAT-xx-yy", { username: "supercat" })).toEqual(["Do not include your username."]);
  });

  it("ignores personal data shorter than 3 characters", () => {
    expect(passwordProblems("a perfectly fine phrase", { email: "ph@example.com", username: "ne" })).toEqual([]);
  });

  it("raises the minimum to the tenant's, never lowers it below 12", () => {
    expect(passwordProblems("a quiet river runs", {}, { minLength: 20 })).toEqual(["Use at least 20 characters."]);
    expect(passwordProblems("a quiet river runs deep", {}, { minLength: 20 })).toEqual([]);
    expect(passwordProblems("short phrase", {}, { minLength: 8 })).toEqual([]);
    expect(passwordProblems("shorter one", {}, { minLength: 8 })).toEqual(["Use at least 12 characters."]);
  });

  it("refuses common passwords, also when stretched with digits and symbols", () => {
    const common = "This password is too common: choose one that others are unlikely to use.";
    expect(passwordProblems("qazwsxedcrfv", {})).toContain(common);
    expect(passwordProblems("1QAZ2WSX3EDC4RFV", {})).toContain(common);
    expect(passwordProblems("Sunshine2024!!!!", {})).toContain(common);
    expect(passwordProblems("!!Password123456", {})).toContain(common);
    expect(passwordProblems("violet tractor sings", {})).not.toContain(common);
  });

  it("reports every problem at once", () => {
    expect(passwordProblems("bob", { email: "bob@example.com", username: "bob" })).toHaveLength(3);
  });
});

describe("the bundled common-password list", () => {
  it("holds at least 10,000 passwords", () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });
});

describe("ZNewPassword", () => {
  it("lets one over the maximum through (for passwordProblems to report) but rejects longer", () => {
    expect(ZNewPassword.safeParse("a".repeat(PASSWORD_MAX + 1)).success).toBe(true);
    expect(ZNewPassword.safeParse("a".repeat(PASSWORD_MAX + 2)).success).toBe(false);
  });
});
