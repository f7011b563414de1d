import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { apiKeys, memberships, tenants, users } from "@/db/schema";
import { newSecret } from "@/lib/api-keys/new-secret";
import { getConfig } from "@/lib/config/config";
import { serve } from "../../../server";

/** The benchmark's server: migrate, create a tenant, a member and one API key (written to DATA_DIR), then serve. */
const config = getConfig();
const target = { databaseUrl: config.databaseUrl, dataDir: config.dataDir };
await migrateDatabase(target);
const handle = openDatabase({ ...target, poolSize: 1 });
const suffix = randomUUID().slice(0, 8);
const [tenant] = await handle.db.insert(tenants).values({ name: `Bench ${suffix}` }).returning();
const [user] = await handle.db.insert(users).values({ email: `bench-${suffix}@example.test`, username: `bench-${suffix}`, name: "Bench" }).returning();
await handle.db.insert(memberships).values({ tenantId: tenant!.id, userId: user!.id, role: "builder" });
const { secret, columns } = newSecret();
await handle.db.insert(apiKeys).values({ tenantId: tenant!.id, ownerUserId: user!.id, name: "bench", scope: "read", ...columns });
await handle.close();
fs.writeFileSync(path.join(config.dataDir, "bench-key.txt"), secret);
await serve({ dev: false });
