import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { sessions } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { requireSessionCaller } from "./account";
import { ownSessionRows } from "./list-own-sessions";
import { sessionRef } from "./session-ref";
import { describeUserAgent } from "./user-agent";

export const ZRevokeSession = z.object({ sessionId: z.string().regex(/^[0-9a-f]{32}$/, "That session was not found.") });

/** Ends one of the caller's own sessions in this tenant; its browser is signed out on its next request. */
export const revokeSession = defineAction({ permission: "profile:update", input: ZRevokeSession }, async ({ input, caller, tx }) => {
  const session = requireSessionCaller(caller);
  const row = (await ownSessionRows(tx, caller)).find((r) => sessionRef(r.idHash) === input.sessionId);
  if (!row) throw refuse.notFound("That session");
  await tx.delete(sessions).where(eq(sessions.idHash, row.idHash));
  const device = describeUserAgent(row.userAgent);
  return {
    result: { revoked: input.sessionId },
    audit: {
      action: "session.revoked",
      target: { type: "session", id: input.sessionId, label: `${device.browser} on ${device.os}` },
      details: { ip: row.ip, createdAt: row.createdAt.toISOString(), current: row.idHash === session.sessionIdHash },
    },
  };
});
