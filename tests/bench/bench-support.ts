import { performance } from "node:perf_hooks";
import { openDatabase, type DbHandle } from "@/db/client";
import { applyMigrations, migrateDatabase } from "@/db/migrate";

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs `fn` n times in a row and returns each duration in milliseconds. */
export async function time(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The Postgres server named by DATABASE_URL (migrated), else a migrated in-memory PGlite; also handed to lib/db. */
export async function openBenchDatabase(): Promise<DbHandle> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) await migrateDatabase({ databaseUrl, dataDir: "" });
  const handle = openDatabase(databaseUrl ? { databaseUrl, dataDir: "", poolSize: 4 } : { dataDir: "memory://" });
  if (!databaseUrl) await applyMigrations(handle);
  (globalThis as { gatehouseDb?: unknown }).gatehouseDb = handle;
  console.log(`database: ${handle.driver}`);
  return handle;
}
