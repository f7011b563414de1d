import { openDatabase, type DbHandle } from "@/db/client";
import { applyMigrations } from "@/db/migrate";

/**
 * Gives lib/db the database of this test worker: the Postgres server when DATABASE_URL is set (already migrated by
 * the global setup), else a migrated in-memory PGlite. Tests isolate themselves by creating their own tenant.
 */
const slot = globalThis as unknown as { gatehouseDb?: DbHandle };
if (!slot.gatehouseDb) {
  const databaseUrl = process.env.DATABASE_URL;
  const handle = openDatabase(databaseUrl ? { databaseUrl, dataDir: "", poolSize: 5 } : { dataDir: "memory://" });
  if (!databaseUrl) await applyMigrations(handle);
  slot.gatehouseDb = handle;
}
