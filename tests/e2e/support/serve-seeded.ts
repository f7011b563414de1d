import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { getConfig } from "@/lib/config/config";
import { serve } from "../../../server";
import { writeFixtures } from "./e2e-users";
import { seedE2E } from "./seed";

/** The e2e server: migrate, seed the fixtures the specs read, then serve the production build. */
const config = getConfig();
const target = { databaseUrl: config.databaseUrl, dataDir: config.dataDir };
await migrateDatabase(target);
const handle = openDatabase({ ...target, poolSize: 1 });
writeFixtures(await seedE2E(handle.db));
await handle.close();
await serve({ dev: false });
