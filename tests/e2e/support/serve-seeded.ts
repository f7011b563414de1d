import fs from "node:fs";
import path from "node:path";
import { like } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { authThrottles } from "@/db/schema";
import { migrateDatabase } from "@/db/migrate";
import { getConfig } from "@/lib/config/config";
import { serve } from "../../../server";
import { startSmtpServer } from "../../support/smtp-server";
import { E2E_MAILBOX_FILE, writeFixtures } from "./e2e-users";
import { seedE2E } from "./seed";

/**
 * The e2e server: a real SMTP server whose mail lands in a file the specs read (tests/e2e/support/mailbox.ts), then
 * migrate, seed the fixtures the specs read, and serve the production build.
 */
fs.mkdirSync(path.dirname(E2E_MAILBOX_FILE), { recursive: true });
fs.writeFileSync(E2E_MAILBOX_FILE, "");
const smtp = await startSmtpServer({ onMail: (mail) => fs.appendFileSync(E2E_MAILBOX_FILE, `${JSON.stringify(mail)}\n`) });
process.env.SMTP_URL = smtp.url;
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
