import { migrateDatabase } from "../db/migrate";
import { ConfigError, getConfig, type AppConfig } from "../lib/config/config";
import { describeDatabaseError } from "../lib/server/describe-database-error";
import { serve } from "../server";
import { buildIfStale } from "./build-if-stale";

function configOrExit(): AppConfig {
  try {
    return getConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : String(error));
    process.exit(1);
  }
}

/** `npm start`: check the configuration, apply migrations, build when the build is missing or stale, serve. */
async function main() {
  const config = configOrExit();
  try {
    await migrateDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    console.error(`Configuration error: ${config.databaseUrl ? "DATABASE_URL" : "DATA_DIR"} ${describeDatabaseError(error)}`);
    process.exit(1);
  }
  buildIfStale();
  await serve({ dev: false });
}

void main();
