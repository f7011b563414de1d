import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { memberships, tenants, users } from "@/db/schema";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { median, openBenchDatabase, time } from "./bench-support";

/**
 * Prints: the cost of one argon2id hash and verify; sign-in time for a wrong password vs an unknown account (they
 * must match); and how many session reads (the per-request check) one connection serves per second.
 */
const handle = await openBenchDatabase();
const db = handle.db;

const hashes = await time(20, () => hashPassword("a-benchmark-passphrase"));
const stored = await hashPassword("a-benchmark-passphrase");
const verifies = await time(20, () => verifyPassword(stored, "a-benchmark-passphrase"));
console.log(`argon2id m=19456 t=2 p=1: hash median ${median(hashes).toFixed(1)} ms, verify median ${median(verifies).toFixed(1)} ms (20 runs)`);

const suffix = randomUUID().slice(0, 8);
const [tenant] = await db.insert(tenants).values({ name: `Bench ${suffix}` }).returning();
const [user] = await db.insert(users).values({ email: `bench-${suffix}@example.test`, username: `bench-${suffix}`, name: "Bench", passwordHash: stored }).returning();
await db.insert(memberships).values({ tenantId: tenant!.id, userId: user!.id, role: "builder" });

// Each attempt from its own address and at most 4 per account, so throttling never kicks in during the measurement.
let ipSeq = 0;
const meta = () => ({ ip: `2001:db8:bench::${(++ipSeq).toString(16)}`, userAgent: "bench" });
const wrong: number[] = [];
const unknown: number[] = [];
for (let round = 0; round < 5; round++) {
  const [u] = await db.insert(users).values({ email: `bench-${suffix}-${round}@example.test`, username: `bench-${suffix}-${round}`, name: "Bench", passwordHash: stored }).returning();
  await db.insert(memberships).values({ tenantId: tenant!.id, userId: u!.id, role: "builder" });
  wrong.push(...(await time(4, () => authenticatePassword(db, { identifier: u!.email, password: "wrong-password" }, meta()))));
  unknown.push(...(await time(4, () => authenticatePassword(db, { identifier: `nobody-${round}-${randomUUID()}@example.test`, password: "wrong-password" }, meta()))));
}
console.log(`sign-in refusal: wrong password median ${median(wrong).toFixed(1)} ms, unknown account median ${median(unknown).toFixed(1)} ms (20 each)`);

const token = await db.transaction((tx) => createSession(tx, { userId: user!.id, tenantId: tenant!.id, ip: null, userAgent: "bench" }));
const reads = 2000;
const start = performance.now();
for (let i = 0; i < reads; i++) await resolveSession(db, token);
const elapsed = performance.now() - start;
console.log(`session read (join of session, user, membership, tenant settings): ${(reads / (elapsed / 1000)).toFixed(0)} reads/s sequential on one connection, ${(elapsed / reads).toFixed(2)} ms each`);
await handle.close();
