import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import { sessions } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb, type Db, type Tx } from "@/lib/db";
import { sessionRef } from "./session-ref";
import { describeUserAgent } from "./user-agent";

export type OwnSessionDto = {
  id: string;
  browser: string;
  os: string;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
};

/** The caller's live session rows in this tenant (revoking looks a reference up among them). */
export async function ownSessionRows(db: Db | Tx, caller: Caller, now = new Date()) {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, caller.userId), eq(sessions.tenantId, caller.tenantId), gt(sessions.absoluteExpiresAt, now), gt(sessions.idleExpiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt));
}

/** The caller's own live sessions in this tenant, most recently used first, the current one marked. */
export async function listOwnSessions(caller: Caller): Promise<OwnSessionDto[]> {
  if (!callerHas(caller, "profile:read")) throw refuse.forbidden();
  const current = caller.kind === "user" ? caller.sessionIdHash : null;
  const rows = await ownSessionRows(getDb(), caller);
  return rows.map((row) => ({
    id: sessionRef(row.idHash),
    ...describeUserAgent(row.userAgent),
    ip: row.ip,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    current: row.idHash === current,
  }));
}
