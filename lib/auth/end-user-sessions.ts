import "server-only";
import { eq } from "drizzle-orm";
import { sessions, signInChallenges } from "@/db/schema";
import type { Tx } from "@/lib/db";

/** Signs the user out everywhere: every session and every half-finished sign-in; returns how many sessions ended. */
export async function endUserSessions(tx: Tx, userId: string): Promise<number> {
  await tx.delete(signInChallenges).where(eq(signInChallenges.userId, userId));
  const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ idHash: sessions.idHash });
  return ended.length;
}
