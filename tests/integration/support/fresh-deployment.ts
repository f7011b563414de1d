import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { openDatabase, type DbHandle } from "@/db/client";
import { applyMigrations, migrateDatabase } from "@/db/migrate";

export type FreshDeployment = DbHandle & {
  /** What another process needs in its environment to open this same deployment (after `close` for PGlite). */
  env: Record<string, string>;
  dispose: () => Promise<void>;
};

/**
 * A whole empty deployment for tests that need "no tenant exists yet": a new PGlite (in memory, or in a temporary
 * directory with `onDisk` so another process can open it), or a new database on the Postgres server named by
 * DATABASE_URL (dropped by `dispose`).
 */
export async function freshDeployment(options: { onDisk?: boolean } = {}): Promise<FreshDeployment> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = options.onDisk ? fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-fresh-")) : "memory://";
    const handle = openDatabase({ dataDir });
    await applyMigrations(handle);
    return {
      ...handle,
      env: { DATA_DIR: dataDir, DATABASE_URL: "" },
      dispose: async () => {
        await handle.close().catch(() => {});
        if (options.onDisk) fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
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
    env: { DATABASE_URL: url.toString() },
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}
