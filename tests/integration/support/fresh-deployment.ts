import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DbHandle } from "@/db/client";
import { applyMigrations, migrateDatabase } from "@/db/migrate";

/**
 * A whole empty deployment for tests that need "no tenant exists yet": a new in-memory PGlite, or a new database
 * on the Postgres server named by DATABASE_URL (dropped by `dispose`).
 */
export async function freshDeployment(): Promise<DbHandle & { dispose: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = openDatabase({ dataDir: "memory://" });
    await applyMigrations(handle);
    return { ...handle, dispose: handle.close };
  }
  const name = `gatehouse_fresh_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateDatabase({ databaseUrl: url.toString(), dataDir: "" });
  const handle = openDatabase({ databaseUrl: url.toString(), dataDir: "", poolSize: 2 });
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}
