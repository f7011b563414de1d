import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { setupTokens, tenants } from "@/db/schema";
import type { Db } from "@/lib/db";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function hasAnyTenant(db: Db): Promise<boolean> {
  const rows = await db.select({ id: tenants.id }).from(tenants).limit(1);
  return rows.length > 0;
}

/** A fresh one-time setup token, or null once the deployment has a tenant (setup is then closed for good). */
export async function issueSetupToken(db: Db): Promise<string | null> {
  if (await hasAnyTenant(db)) return null;
  const token = randomBytes(32).toString("base64url");
  await db.insert(setupTokens).values({ tokenHash: hashToken(token) });
  return token;
}

export async function isSetupTokenValid(db: Db, token: string): Promise<boolean> {
  if (!token || token.length > 100) return false;
  const rows = await db.select({ h: setupTokens.tokenHash }).from(setupTokens).where(eq(setupTokens.tokenHash, hashToken(token)));
  return rows.length > 0 && !(await hasAnyTenant(db));
}

export { hashToken as hashSetupToken };
