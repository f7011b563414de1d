import "server-only";
import { sql } from "drizzle-orm";
import { ConfigError, getConfig } from "@/lib/config/config";
import { getSecrets } from "@/lib/config/secrets";
import { getDb, getDbHandle } from "@/lib/db";
import { unreadableLegalFile } from "@/lib/legal/legal-text";
import { runFirstRun } from "@/lib/setup/first-run";
import { startBackgroundJobs } from "./background-jobs";
import { describeDatabaseError } from "./describe-database-error";

/** Start-up inside the server process: configuration, database reachability, first-run setup, background jobs. */
export async function boot(): Promise<void> {
  try {
    const config = getConfig();
    getSecrets();
    const legalProblem = await unreadableLegalFile();
    if (legalProblem) throw new ConfigError(legalProblem.variable, legalProblem.problem);
    try {
      await getDb().execute(sql`select 1`);
    } catch (error) {
      throw new ConfigError(config.databaseUrl ? "DATABASE_URL" : "DATA_DIR", describeDatabaseError(error));
    }
    if (config.databaseUrl && (!config.authSecret || !config.encryptionKey)) {
      console.warn(
        "[gatehouse] AUTH_SECRET/ENCRYPTION_KEY are generated into DATA_DIR; set them explicitly when several instances share the database.",
      );
    }
    await runFirstRun(getDb(), config, (line) => console.info(line));
    startBackgroundJobs(getDb());
    console.info(`[gatehouse] Ready on ${config.appUrl} (${getDbHandle().driver === "postgres" ? "Postgres" : "embedded PGlite"}).`);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : `[gatehouse] Start-up failed: ${String(error)}`);
    process.exit(1);
  }
}
