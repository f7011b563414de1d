import { randomUUID } from "node:crypto";
import { memberships, tenants, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password-hash";
import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { median, openBenchDatabase, time } from "./bench-support";

/**
 * Prints the median time of "forgot password" for an address with an account and one without: they must match
 * (SPEC §11), since the answer is the same and the e-mail leaves after the response. Interleaved, one known address
 * per sample, so the hourly allowance never kicks in.
 */
const handle = await openBenchDatabase();
const db = handle.db;
const suffix = randomUUID().slice(0, 8);
const [tenant] = await db.insert(tenants).values({ name: `Bench ${suffix}` }).returning();
const passwordHash = await hashPassword("a-benchmark-passphrase");
const meta = { ip: "2001:db8:bench::1", userAgent: "bench" };

const SAMPLES = 40;
const emails: string[] = [];
for (let i = 0; i < SAMPLES; i++) {
  const [user] = await db.insert(users).values({ email: `reset-${suffix}-${i}@example.test`, username: `reset-${suffix}-${i}`, name: "Bench", passwordHash }).returning();
  await db.insert(memberships).values({ tenantId: tenant!.id, userId: user!.id, role: "builder" });
  emails.push(user!.email);
}
// Warm-up (connections, prepared plans) for both paths.
await requestPasswordReset(db, `warm-${suffix}@example.test`, meta);

const known: number[] = [];
const unknown: number[] = [];
for (let i = 0; i < SAMPLES; i++) {
  known.push(...(await time(1, () => requestPasswordReset(db, emails[i]!, meta))));
  unknown.push(...(await time(1, () => requestPasswordReset(db, `nobody-${suffix}-${i}@example.test`, meta))));
}
console.log(`forgot password: known e-mail median ${median(known).toFixed(2)} ms, unknown e-mail median ${median(unknown).toFixed(2)} ms (${SAMPLES} each)`);
await handle.close();
