import path from "node:path";
import { envSchema, type RawEnv } from "./env-schema";

export type AppConfig = {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  appUrl: string;
  secureCookies: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  trustProxy: boolean;
  /** SIEM destinations may be on loopback or private networks (tests, on-premises SIEMs); off by default (SSRF). */
  auditStreamAllowPrivateNetworks: boolean;
  /** Requests per minute that one API key may make to /api/v1. */
  apiRateLimitPerMinute: number;
  bootstrap: { email: string; password: string; tenantName: string; username?: string; name?: string } | undefined;
  legal: Record<LegalPageKey, LegalSource>;
  /** Set explicitly by the operator, or undefined: lib/config/secrets.ts then generates them into DATA_DIR. */
  authSecret: string | undefined;
  encryptionKey: string | undefined;
  /** Operator-configured social sign-in (SPEC §9); a provider without credentials is absent and its button hidden. */
  social: SocialProviders;
};

export type OidcSocialProvider = { clientId: string; clientSecret: string; issuer: string };
export type GithubSocialProvider = { clientId: string; clientSecret: string; webUrl: string; apiUrl: string };
export type SocialProviders = { google?: OidcSocialProvider; github?: GithubSocialProvider; microsoft?: OidcSocialProvider };

export type LegalPageKey = "securityStatement" | "privacyPolicy";
/** The operator's text for a legal page: a Markdown file, an address to send readers to, or the built-in default. */
export type LegalSource = { kind: "file"; path: string } | { kind: "url"; url: string } | { kind: "default" };

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = "ConfigError";
  }
}

function legalSource(env: RawEnv, fileVar: "SECURITY_STATEMENT_FILE" | "PRIVACY_POLICY_FILE", urlVar: "SECURITY_STATEMENT_URL" | "PRIVACY_POLICY_URL"): LegalSource {
  const file = env[fileVar];
  const url = env[urlVar];
  if (file && url) throw new ConfigError(urlVar, `cannot be set together with ${fileVar}: choose one`);
  if (file) return { kind: "file", path: path.resolve(file) };
  return url ? { kind: "url", url } : { kind: "default" };
}

function credentials(env: RawEnv, idVar: "AUTH_GOOGLE_ID" | "AUTH_GITHUB_ID" | "AUTH_MICROSOFT_ENTRA_ID_ID", secretVar: "AUTH_GOOGLE_SECRET" | "AUTH_GITHUB_SECRET" | "AUTH_MICROSOFT_ENTRA_ID_SECRET") {
  const clientId = env[idVar];
  const clientSecret = env[secretVar];
  if (!clientId && !clientSecret) return undefined;
  if (!clientId) throw new ConfigError(idVar, `must be set together with ${secretVar}`);
  if (!clientSecret) throw new ConfigError(secretVar, `must be set together with ${idVar}`);
  return { clientId, clientSecret };
}

/**
 * Provider endpoints are fixed in production; only the tests' local stand-ins may replace them, and only where the
 * environment says it is a test, so a stray variable can never send sign-ins to another server.
 */
function socialProviders(env: RawEnv): SocialProviders {
  const testProviders = env.NODE_ENV === "test" || env.GATEHOUSE_TEST_PROVIDERS;
  for (const variable of ["AUTH_GOOGLE_ISSUER_OVERRIDE", "AUTH_GITHUB_URL_OVERRIDE"] as const) {
    if (env[variable] && !testProviders) throw new ConfigError(variable, "is for test stand-ins only (NODE_ENV=test or GATEHOUSE_TEST_PROVIDERS=true)");
  }
  const social: SocialProviders = {};
  const google = credentials(env, "AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET");
  if (google) social.google = { ...google, issuer: env.AUTH_GOOGLE_ISSUER_OVERRIDE ?? "https://accounts.google.com" };
  const github = credentials(env, "AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET");
  if (github) {
    const base = env.AUTH_GITHUB_URL_OVERRIDE?.replace(/\/+$/, "");
    social.github = { ...github, webUrl: base ?? "https://github.com", apiUrl: base ?? "https://api.github.com" };
  }
  const microsoft = credentials(env, "AUTH_MICROSOFT_ENTRA_ID_ID", "AUTH_MICROSOFT_ENTRA_ID_SECRET");
  const issuer = env.AUTH_MICROSOFT_ENTRA_ID_ISSUER;
  if (microsoft) {
    if (!issuer) throw new ConfigError("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "must be set with AUTH_MICROSOFT_ENTRA_ID_ID (https://login.microsoftonline.com/<tenant-id>/v2.0)");
    if (!issuer.startsWith("https://") && !testProviders) throw new ConfigError("AUTH_MICROSOFT_ENTRA_ID_ISSUER", "must be an https URL");
    social.microsoft = { ...microsoft, issuer };
  }
  return social;
}

function toConfig(env: RawEnv): AppConfig {
  const appUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;
  const bootstrapVars = [env.BOOTSTRAP_ADMIN_EMAIL, env.BOOTSTRAP_ADMIN_PASSWORD, env.BOOTSTRAP_TENANT_NAME];
  if (bootstrapVars.some(Boolean) && !bootstrapVars.every(Boolean)) {
    const missing = ["BOOTSTRAP_ADMIN_EMAIL", "BOOTSTRAP_ADMIN_PASSWORD", "BOOTSTRAP_TENANT_NAME"].filter(
      (_, i) => !bootstrapVars[i],
    );
    throw new ConfigError(missing[0]!, "must be set together with the other BOOTSTRAP_* variables");
  }
  return {
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(env.DATA_DIR),
    port: env.PORT,
    appUrl,
    secureCookies: appUrl.startsWith("https://"),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    trustProxy: env.TRUST_PROXY,
    auditStreamAllowPrivateNetworks: env.AUDIT_STREAM_ALLOW_PRIVATE_NETWORKS,
    apiRateLimitPerMinute: env.API_RATE_LIMIT_PER_MINUTE,
    bootstrap: env.BOOTSTRAP_ADMIN_EMAIL
      ? {
          email: env.BOOTSTRAP_ADMIN_EMAIL,
          password: env.BOOTSTRAP_ADMIN_PASSWORD!,
          tenantName: env.BOOTSTRAP_TENANT_NAME!,
          username: env.BOOTSTRAP_ADMIN_USERNAME,
          name: env.BOOTSTRAP_ADMIN_NAME,
        }
      : undefined,
    legal: {
      securityStatement: legalSource(env, "SECURITY_STATEMENT_FILE", "SECURITY_STATEMENT_URL"),
      privacyPolicy: legalSource(env, "PRIVACY_POLICY_FILE", "PRIVACY_POLICY_URL"),
    },
    authSecret: env.AUTH_SECRET,
    encryptionKey: env.ENCRYPTION_KEY,
    social: socialProviders(env),
  };
}

/** Parses the environment; throws a ConfigError naming the first bad variable. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? "environment"), issue.message);
  }
  return toConfig(result.data);
}

let cached: AppConfig | undefined;

export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
