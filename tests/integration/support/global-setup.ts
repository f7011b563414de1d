import { migrateDatabase } from "../../../db/migrate";

/** On a Postgres server, migrate once before the workers start (each PGlite worker migrates its own in-memory copy). */
export default async function globalSetup() {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) await migrateDatabase({ databaseUrl, dataDir: "" });
}
