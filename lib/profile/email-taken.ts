import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Tx } from "@/lib/db";

/** True when another account already uses the address (addresses are stored lower-cased). */
export async function isEmailTaken(tx: Tx, email: string, exceptUserId: string): Promise<boolean> {
  const [holder] = await tx.select({ id: users.id }).from(users).where(and(eq(users.email, email), ne(users.id, exceptUserId)));
  return Boolean(holder);
}
