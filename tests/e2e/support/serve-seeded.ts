import fs from "node:fs";
import path from "node:path";
import { like } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { authThrottles } from "@/db/schema";
import { migrateDatabase } from "@/db/migrate";
import { getConfig } from "@/lib/config/config";
import { serve } from "../../../server";
import { startSmtpServer } from "../../support/smtp-server";
import { E2E_MAILBOX_FILE, E2E_SOCIAL_CLIENT, E2E_SOCIAL_PORTS, writeFixtures } from "./e2e-users";
import { seedE2E } from "./seed";

/**
 * The e2e server: a real SMTP server whose mail lands in a file the specs read (tests/e2e/support/mailbox.ts), then
 * migrate, seed the fixtures the specs read, and serve the production build.
 */
fs.mkdirSync(path.dirname(E2E_MAILBOX_FILE), { recursive: true });
fs.writeFileSync(E2E_MAILBOX_FILE, "");
const smtp = await startSmtpServer({ onMail: (mail) => fs.appendFileSync(E2E_MAILBOX_FILE, `${JSON.stringify(mail)}\n`) });
process.env.SMTP_URL = smtp.url;
// GitHub, Google and Microsoft sign-in against the stand-ins tests/e2e/social-sign-in.spec.ts starts (allowed by the test switch).
Object.assign(process.env, {
  GATEHOUSE_TEST_PROVIDERS: "true",
  AUTH_GITHUB_ID: E2E_SOCIAL_CLIENT.githubId,
  AUTH_GITHUB_SECRET: E2E_SOCIAL_CLIENT.githubSecret,
  AUTH_GITHUB_URL_OVERRIDE: `http://127.0.0.1:${E2E_SOCIAL_PORTS.github}`,
  AUTH_GOOGLE_ID: E2E_SOCIAL_CLIENT.id,
  AUTH_GOOGLE_SECRET: E2E_SOCIAL_CLIENT.secret,
  AUTH_GOOGLE_ISSUER_OVERRIDE: `http://127.0.0.1:${E2E_SOCIAL_PORTS.google}`,
  AUTH_MICROSOFT_ENTRA_ID_ID: E2E_SOCIAL_CLIENT.id,
  AUTH_MICROSOFT_ENTRA_ID_SECRET: E2E_SOCIAL_CLIENT.secret,
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: `http://127.0.0.1:${E2E_SOCIAL_PORTS.microsoft}`,
});
const config = getConfig();
const target = { databaseUrl: config.databaseUrl, dataDir: config.dataDir };
// Every run starts from a new embedded database; a reused Postgres database keeps old (uniquely named) tenants.
if (!config.databaseUrl) fs.rmSync(path.join(config.dataDir, "pgdata"), { recursive: true, force: true });
await migrateDatabase(target);
const handle = openDatabase({ ...target, poolSize: 1 });
// All e2e traffic comes from loopback: earlier runs' per-IP failures must not throttle this one.
await handle.db.delete(authThrottles).where(like(authThrottles.key, "ip:%"));
writeFixtures(await seedE2E(handle.db));
await handle.close();
await serve({ dev: false });
