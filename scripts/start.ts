import { spawnSync } from "node:child_process";
import { migrateDatabase } from "../db/migrate";
import { ConfigError, getConfig } from "../lib/config/config";
import { describeDatabaseError } from "../lib/server/describe-database-error";
import { serve } from "../server";
import { isBuildCurrent, writeBuildStamp } from "./build-stamp";

/** `npm start`: check the configuration, apply migrations, build when the build is missing or stale, serve. */
async function main() {
  let config;
  try {
    config = getConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : String(error));
    process.exit(1);
  }
  try {
    await migrateDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    console.error(`Configuration error: ${config.databaseUrl ? "DATABASE_URL" : "DATA_DIR"} ${describeDatabaseError(error)}`);
    process.exit(1);
  }
  if (!isBuildCurrent()) {
    console.info("[gatehouse] Building the console (first start or changed sources)…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
    writeBuildStamp();
  }
  await serve({ dev: false });
}

void main();
