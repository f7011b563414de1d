import fs from "node:fs";
import path from "node:path";
import { like } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { authThrottles } from "@/db/schema";
import { migrateDatabase } from "@/db/migrate";
import { getConfig } from "@/lib/config/config";
import { serve } from "../../../server";
import { writeFixtures } from "./e2e-users";
import { startMailbox } from "./mailbox";
import { seedE2E } from "./seed";

/** The e2e server: migrate, seed the fixtures the specs read, then serve the production build. */
await startMailbox();
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
