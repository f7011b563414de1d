import "server-only";
import { openDatabase, type DbHandle } from "@/db/client";
import { getConfig } from "@/lib/config/config";

// Next.js may load this module into more than one bundle of the same process; one handle per process
// matters most for PGlite, whose data directory must never be opened twice.
const globalForDb = globalThis as unknown as { gatehouseDb?: DbHandle };

export function getDbHandle(): DbHandle {
  if (!globalForDb.gatehouseDb) {
    const config = getConfig();
    globalForDb.gatehouseDb = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  }
  return globalForDb.gatehouseDb;
}

export function getDb() {
  return getDbHandle().db;
}

export type { Db, Tx } from "@/db/client";

/** The rows of a raw `db.execute(sql…)`: postgres.js answers an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
