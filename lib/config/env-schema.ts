import { z } from "zod";

/** Operators often leave a variable empty (`FOO=`) to mean "use the default": treat "" like unset everywhere. */
const unsetIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema);

const optionalString = unsetIfEmpty(z.string().trim().optional());

/** A URL with one of `protocols` that also satisfies `extra`; `message` names what is expected. */
function url(protocols: string[], message: string, extra: (u: URL) => boolean = () => true) {
  return z
    .string()
    .trim()
    .refine((value) => {
      try {
        const parsed = new URL(value);
        return protocols.includes(parsed.protocol) && extra(parsed);
      } catch {
        return false;
      }
    }, message);
}

const postgresUrl = url(["postgres:", "postgresql:"], "must be a postgres://user@host:port/database URL", (u) => u.hostname !== "");
const httpUrl = url(
  ["http:", "https:"],
  "must be an http(s) origin such as https://gatehouse.example.com (no path)",
  (u) => u.pathname === "/" && !u.search && !u.hash,
).transform((v) => new URL(v).origin);
const smtpUrl = url(["smtp:", "smtps:"], "must be an smtp:// or smtps:// URL");

const pageUrl = url(["http:", "https:"], "must be an http(s) address such as https://example.com/privacy");

const secret = z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)");

export const envSchema = z.object({
  DATABASE_URL: unsetIfEmpty(postgresUrl.optional()),
  DATA_DIR: unsetIfEmpty(z.string().trim().default("./.data")),
  PORT: unsetIfEmpty(
    z.coerce.number({ message: "must be a port number" }).int("must be a port number").min(1, "must be a port number").max(65535, "must be a port number").default(3000),
  ),
  APP_URL: unsetIfEmpty(httpUrl.optional()),
  AUTH_SECRET: unsetIfEmpty(secret.optional()),
  ENCRYPTION_KEY: unsetIfEmpty(secret.optional()),
  SMTP_URL: unsetIfEmpty(smtpUrl.optional()),
  MAIL_FROM: unsetIfEmpty(z.string().trim().min(3, "must be a sender such as Gatehouse <no-reply@example.com>").default("Gatehouse <no-reply@localhost>")),
  TRUST_PROXY: unsetIfEmpty(z.enum(["true", "false"], { message: "must be true or false" }).default("false")).transform((v) => v === "true"),
  AUDIT_STREAM_ALLOW_PRIVATE_NETWORKS: unsetIfEmpty(z.enum(["true", "false"], { message: "must be true or false" }).default("false")).transform((v) => v === "true"),
  BOOTSTRAP_ADMIN_EMAIL: unsetIfEmpty(z.string().trim().pipe(z.email("must be an e-mail address")).optional()),
  BOOTSTRAP_ADMIN_PASSWORD: optionalString,
  BOOTSTRAP_TENANT_NAME: optionalString,
  BOOTSTRAP_ADMIN_USERNAME: optionalString,
  BOOTSTRAP_ADMIN_NAME: optionalString,
  API_RATE_LIMIT_PER_MINUTE: unsetIfEmpty(
    z.coerce.number({ message: "must be a whole number of requests" }).int("must be a whole number of requests").min(1, "must be at least 1").default(600),
  ),
  SECURITY_STATEMENT_FILE: optionalString,
  PRIVACY_POLICY_FILE: optionalString,
  SECURITY_STATEMENT_URL: unsetIfEmpty(pageUrl.optional()),
  PRIVACY_POLICY_URL: unsetIfEmpty(pageUrl.optional()),
  AUTH_GOOGLE_ID: optionalString,
  AUTH_GOOGLE_SECRET: optionalString,
  AUTH_GITHUB_ID: optionalString,
  AUTH_GITHUB_SECRET: optionalString,
  AUTH_MICROSOFT_ENTRA_ID_ID: optionalString,
  AUTH_MICROSOFT_ENTRA_ID_SECRET: optionalString,
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: unsetIfEmpty(url(["http:", "https:"], "must be your Entra ID tenant's issuer, such as https://login.microsoftonline.com/<tenant-id>/v2.0").optional()),
  /** Test stand-ins only (refused unless NODE_ENV=test or GATEHOUSE_TEST_PROVIDERS=true). */
  GATEHOUSE_TEST_PROVIDERS: unsetIfEmpty(z.enum(["true", "false"], { message: "must be true or false" }).default("false")).transform((v) => v === "true"),
  AUTH_GOOGLE_ISSUER_OVERRIDE: unsetIfEmpty(url(["http:", "https:"], "must be an issuer URL").optional()),
  AUTH_GITHUB_URL_OVERRIDE: unsetIfEmpty(url(["http:", "https:"], "must be a base URL").optional()),
  NODE_ENV: optionalString,
});

export type RawEnv = z.infer<typeof envSchema>;
