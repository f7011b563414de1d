import { migrateDatabase } from "../db/migrate";
import { ConfigError, getConfig } from "../lib/config/config";
import { describeDatabaseError } from "../lib/server/describe-database-error";

try {
  const config = getConfig();
  await migrateDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  console.info("[gatehouse] Migrations applied.");
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Migration failed: ${describeDatabaseError(error)}`);
  process.exit(1);
}
