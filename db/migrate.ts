import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { openDatabase, type DatabaseTarget, type DbHandle } from "./client";

const MIGRATIONS_FOLDER = path.join(path.dirname(new URL(import.meta.url).pathname), "migrations");
// Arbitrary constant: several instances starting at once take turns applying migrations.
const MIGRATION_LOCK_ID = 727_466_001;

/** `handle` must hold a single connection (an embedded PGlite, or a postgres.js pool of one). */
export async function applyMigrations(handle: DbHandle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (handle.driver === "pglite") {
    await migratePglite(handle.db as never, config);
    return;
  }
  await handle.db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
  try {
    await migratePostgres(handle.db as never, config);
  } finally {
    await handle.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
  }
}

/** Opens its own single connection: the advisory lock must live on the connection that migrates. */
export async function migrateDatabase(target: DatabaseTarget): Promise<void> {
  const handle = openDatabase({ ...target, poolSize: 1 });
  try {
    await applyMigrations(handle);
  } finally {
    await handle.close();
  }
}
