import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config/config";

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`parseConfig accepted ${JSON.stringify(env)}`);
}

const bootstrap = {
  BOOTSTRAP_ADMIN_EMAIL: "admin@example.com",
  BOOTSTRAP_ADMIN_PASSWORD: "a long admin password",
  BOOTSTRAP_TENANT_NAME: "Acme",
};

describe("parseConfig defaults", () => {
  it("fills in defaults for an empty environment", () => {
    const config = parseConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve("./.data"));
    expect(path.isAbsolute(config.dataDir)).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.appUrl).toBe("http://localhost:3000");
    expect(config.secureCookies).toBe(false);
    expect(config.trustProxy).toBe(false);
    expect(config.apiRateLimitPerMinute).toBe(600);
    expect(config.bootstrap).toBeUndefined();
  });

  it("resolves DATA_DIR to an absolute path and derives APP_URL from PORT", () => {
    const config = parseConfig({ DATA_DIR: "some/dir", PORT: "8080" });
    expect(config.dataDir).toBe(path.resolve("some/dir"));
    expect(config.port).toBe(8080);
    expect(config.appUrl).toBe("http://localhost:8080");
  });

  it("uses secure cookies only for an https APP_URL", () => {
    expect(parseConfig({ APP_URL: "https://gatehouse.example.com" }).secureCookies).toBe(true);
    expect(parseConfig({ APP_URL: "https://gatehouse.example.com/" }).appUrl).toBe("https://gatehouse.example.com");
    expect(parseConfig({ APP_URL: "http://gatehouse.example.com" }).secureCookies).toBe(false);
  });

  it("accepts a postgres DATABASE_URL and a full bootstrap set", () => {
    const config = parseConfig({ DATABASE_URL: "postgres://u:p@db:5432/gatehouse", ...bootstrap });
    expect(config.databaseUrl).toBe("postgres://u:p@db:5432/gatehouse");
    expect(config.bootstrap).toMatchObject({ email: "admin@example.com", tenantName: "Acme" });
  });
});

describe("parseConfig errors", () => {
  it.each(["mysql://x", "not a url", "postgres://"])("rejects DATABASE_URL %j", (value) => {
    expect(configError({ DATABASE_URL: value }).message).toMatch(/^Configuration error: DATABASE_URL /);
  });

  it.each(["ftp://x", "https://x.test/path", "https://x.test/?q=1", "localhost:3000"])("rejects APP_URL %j", (value) => {
    const error = configError({ APP_URL: value });
    expect(error.variable).toBe("APP_URL");
    expect(error.message).toMatch(/^Configuration error: APP_URL /);
  });

  it.each(["abc", "0", "65536", "80.5"])("rejects PORT %j", (value) => {
    expect(configError({ PORT: value }).message).toMatch(/^Configuration error: PORT /);
  });

  it("names the missing BOOTSTRAP_* variable of a partial set", () => {
    expect(configError({ ...bootstrap, BOOTSTRAP_ADMIN_PASSWORD: undefined }).variable).toBe("BOOTSTRAP_ADMIN_PASSWORD");
    expect(configError({ ...bootstrap, BOOTSTRAP_TENANT_NAME: "" }).variable).toBe("BOOTSTRAP_TENANT_NAME");
    expect(configError({ BOOTSTRAP_TENANT_NAME: "Acme" }).message).toMatch(/^Configuration error: BOOTSTRAP_ADMIN_EMAIL /);
  });

  it("rejects a short AUTH_SECRET", () => {
    expect(configError({ AUTH_SECRET: "short" }).variable).toBe("AUTH_SECRET");
  });

  it("reads the API rate limit as a positive whole number", () => {
    expect(parseConfig({ API_RATE_LIMIT_PER_MINUTE: "120" }).apiRateLimitPerMinute).toBe(120);
    expect(configError({ API_RATE_LIMIT_PER_MINUTE: "0" }).message).toBe("Configuration error: API_RATE_LIMIT_PER_MINUTE must be at least 1");
    expect(configError({ API_RATE_LIMIT_PER_MINUTE: "lots" }).variable).toBe("API_RATE_LIMIT_PER_MINUTE");
  });
});

describe("parseConfig empty strings", () => {
  const variables = [
    "DATABASE_URL",
    "DATA_DIR",
    "PORT",
    "APP_URL",
    "AUTH_SECRET",
    "ENCRYPTION_KEY",
    "SMTP_URL",
    "MAIL_FROM",
    "TRUST_PROXY",
    "AUDIT_STREAM_ALLOW_PRIVATE_NETWORKS",
    "API_RATE_LIMIT_PER_MINUTE",
    "BOOTSTRAP_ADMIN_EMAIL",
    "BOOTSTRAP_ADMIN_PASSWORD",
    "BOOTSTRAP_TENANT_NAME",
    "BOOTSTRAP_ADMIN_USERNAME",
    "BOOTSTRAP_ADMIN_NAME",
    "SECURITY_STATEMENT_FILE",
    "PRIVACY_POLICY_FILE",
    "SECURITY_STATEMENT_URL",
    "PRIVACY_POLICY_URL",
  ];

  it.each(variables)("treats an empty %s as unset", (variable) => {
    expect(parseConfig({ [variable]: "" })).toEqual(parseConfig({}));
  });
});

describe("legal texts", () => {
  it("default to the built-in texts, take a Markdown file or an address, never both", () => {
    expect(parseConfig({}).legal).toEqual({ securityStatement: { kind: "default" }, privacyPolicy: { kind: "default" } });
    expect(parseConfig({ SECURITY_STATEMENT_FILE: "legal/security.md", PRIVACY_POLICY_URL: "https://example.com/privacy" }).legal).toEqual({
      securityStatement: { kind: "file", path: path.resolve("legal/security.md") },
      privacyPolicy: { kind: "url", url: "https://example.com/privacy" },
    });
    expect(configError({ PRIVACY_POLICY_FILE: "p.md", PRIVACY_POLICY_URL: "https://example.com/p" }).message).toBe(
      "Configuration error: PRIVACY_POLICY_URL cannot be set together with PRIVACY_POLICY_FILE: choose one",
    );
    expect(configError({ SECURITY_STATEMENT_URL: "javascript:alert(1)" }).message).toBe(
      "Configuration error: SECURITY_STATEMENT_URL must be an http(s) address such as https://example.com/privacy",
    );
  });
});

describe("AUDIT_STREAM_ALLOW_PRIVATE_NETWORKS", () => {
  it("is off by default, on with true, and names itself when malformed", () => {
    expect(parseConfig({}).auditStreamAllowPrivateNetworks).toBe(false);
    expect(parseConfig({ AUDIT_STREAM_ALLOW_PRIVATE_NETWORKS: "true" }).auditStreamAllowPrivateNetworks).toBe(true);
    expect(() => parseConfig({ AUDIT_STREAM_ALLOW_PRIVATE_NETWORKS: "yes" })).toThrow("Configuration error: AUDIT_STREAM_ALLOW_PRIVATE_NETWORKS must be true or false");
  });
});

describe("social sign-in providers", () => {
  const github = { AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "secret" };

  it("configures a provider only with both its ID and secret, at the real endpoints", () => {
    expect(parseConfig({}).social).toEqual({});
    expect(parseConfig({ ...github, AUTH_GOOGLE_ID: "g", AUTH_GOOGLE_SECRET: "gs" }).social).toEqual({
      github: { clientId: "id", clientSecret: "secret", webUrl: "https://github.com", apiUrl: "https://api.github.com" },
      google: { clientId: "g", clientSecret: "gs", issuer: "https://accounts.google.com" },
    });
    expect(configError({ AUTH_GITHUB_ID: "id" }).variable).toBe("AUTH_GITHUB_SECRET");
    expect(configError({ AUTH_MICROSOFT_ENTRA_ID_ID: "m", AUTH_MICROSOFT_ENTRA_ID_SECRET: "ms" }).variable).toBe("AUTH_MICROSOFT_ENTRA_ID_ISSUER");
    expect(configError({ AUTH_MICROSOFT_ENTRA_ID_ID: "m", AUTH_MICROSOFT_ENTRA_ID_SECRET: "ms", AUTH_MICROSOFT_ENTRA_ID_ISSUER: "http://login.example/v2.0" }).problem).toBe("must be an https URL");
  });

  it("accepts endpoint overrides only in a test environment", () => {
    const override = { ...github, AUTH_GITHUB_URL_OVERRIDE: "http://127.0.0.1:9" };
    expect(configError({ ...override, NODE_ENV: "production" }).variable).toBe("AUTH_GITHUB_URL_OVERRIDE");
    expect(configError({ AUTH_GOOGLE_ISSUER_OVERRIDE: "http://127.0.0.1:9" }).variable).toBe("AUTH_GOOGLE_ISSUER_OVERRIDE");
    expect(parseConfig({ ...override, NODE_ENV: "test" }).social.github).toMatchObject({ webUrl: "http://127.0.0.1:9", apiUrl: "http://127.0.0.1:9" });
    expect(parseConfig({ ...override, GATEHOUSE_TEST_PROVIDERS: "true" }).social.github).toMatchObject({ webUrl: "http://127.0.0.1:9" });
  });
});
