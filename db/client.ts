import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseTarget = { databaseUrl?: string; dataDir: string; poolSize?: number };

export type DbHandle = { db: Db; driver: "postgres" | "pglite"; close: () => Promise<void> };

/** postgres.js when a server URL is given, else embedded PGlite ("memory://" keeps it in memory, for tests). */
export function openDatabase(target: DatabaseTarget): DbHandle {
  if (target.databaseUrl) {
    const client = postgres(target.databaseUrl, {
      max: target.poolSize ?? 10,
      onnotice: () => {},
      connection: { application_name: "gatehouse" },
    });
    return {
      db: drizzlePostgres(client, { schema }) as unknown as Db,
      driver: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = target.dataDir === "memory://" ? "memory://" : path.join(target.dataDir, "pgdata");
  if (dir !== "memory://") fs.mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    driver: "pglite",
    close: () => client.close(),
  };
}
