import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a postgres://user@host:port/database URL");

const httpUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === "http:" || url.protocol === "https:") && url.pathname === "/" && !url.search && !url.hash;
    } catch {
      return false;
    }
  }, "must be an http(s) origin such as https://gatehouse.example.com (no path)")
  .transform((v) => new URL(v).origin);

const smtpUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      return ["smtp:", "smtps:"].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, "must be an smtp:// or smtps:// URL");

const secret = z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)");

export const envSchema = z.object({
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
  DATA_DIR: z.string().trim().min(1).default("./.data"),
  PORT: z.coerce.number().int().min(1, "must be a port number").max(65535, "must be a port number").default(3000),
  APP_URL: z.preprocess((v) => (v === "" ? undefined : v), httpUrl.optional()),
  AUTH_SECRET: z.preprocess((v) => (v === "" ? undefined : v), secret.optional()),
  ENCRYPTION_KEY: z.preprocess((v) => (v === "" ? undefined : v), secret.optional()),
  SMTP_URL: z.preprocess((v) => (v === "" ? undefined : v), smtpUrl.optional()),
  MAIL_FROM: z.string().trim().min(3).default("Gatehouse <no-reply@localhost>"),
  TRUST_PROXY: z
    .enum(["true", "false", ""])
    .default("false")
    .transform((v) => v === "true"),
  BOOTSTRAP_ADMIN_EMAIL: optionalString.pipe(z.email("must be an e-mail address").optional()),
  BOOTSTRAP_ADMIN_PASSWORD: optionalString,
  BOOTSTRAP_TENANT_NAME: optionalString,
  BOOTSTRAP_ADMIN_USERNAME: optionalString,
  BOOTSTRAP_ADMIN_NAME: optionalString,
  SECURITY_STATEMENT_FILE: optionalString,
  PRIVACY_POLICY_FILE: optionalString,
});

export type RawEnv = z.infer<typeof envSchema>;
