import { describe, expect, it } from "vitest";
import { redactSecrets } from "@/lib/audit/redact";

describe("redactSecrets", () => {
  it("redacts secret-sounding keys, case-insensitively", () => {
    expect(
      redactSecrets({ password: "p", newPassword: "p", apiToken: "t", TOTP_SECRET: "s", recoveryCodes: ["a"], keyHash: "h" }),
    ).toEqual({
      password: "[redacted]",
      newPassword: "[redacted]",
      apiToken: "[redacted]",
      TOTP_SECRET: "[redacted]",
      recoveryCodes: "[redacted]",
      keyHash: "[redacted]",
    });
  });

  it("keeps the password-length policy, whose name only sounds secret", () => {
    expect(redactSecrets({ passwordMinLength: 16, passwordMinLengthHint: "x", minPasswordLength: 3 })).toEqual({
      passwordMinLength: 16,
      passwordMinLengthHint: "[redacted]",
      minPasswordLength: "[redacted]",
    });
  });

  it("redacts at any depth and inside arrays, keeping other values", () => {
    const input = {
      email: "a@example.com",
      role: "admin",
      changes: { from: "builder", to: "admin", credentials: { privateKey: "k", label: "x" } },
      keys: [{ name: "ci", secret: "s" }, { name: "cd", token: "t" }],
      count: 3,
      flag: null,
    };
    expect(redactSecrets(input)).toEqual({
      email: "a@example.com",
      role: "admin",
      changes: { from: "builder", to: "admin", credentials: { privateKey: "[redacted]", label: "x" } },
      keys: [{ name: "ci", secret: "[redacted]" }, { name: "cd", token: "[redacted]" }],
      count: 3,
      flag: null,
    });
  });

  it("replaces a whole object held under a secret key, and does not mutate its input", () => {
    const input = { passwordPolicy: { minLength: 12 } };
    expect(redactSecrets(input)).toEqual({ passwordPolicy: "[redacted]" });
    expect(input).toEqual({ passwordPolicy: { minLength: 12 } });
  });

  it("passes primitives through", () => {
    expect(redactSecrets("password")).toBe("password");
    expect(redactSecrets(42)).toBe(42);
    expect(redactSecrets(null)).toBeNull();
  });
});
