import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { sessions } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { requireSessionCaller } from "./account";

/** "Sign out everywhere else": every session of the caller in this tenant except the one making the request. */
export const revokeOtherSessions = defineAction({ permission: "profile:update", input: z.object({}) }, async ({ caller, tx }) => {
  const session = requireSessionCaller(caller);
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, caller.userId), eq(sessions.tenantId, caller.tenantId), ne(sessions.idHash, session.sessionIdHash)))
    .returning({ idHash: sessions.idHash });
  if (!ended.length) return { result: { ended: 0 }, audit: [] };
  return {
    result: { ended: ended.length },
    audit: { action: "sessions.revoked_others", target: { type: "user", id: caller.userId, label: caller.email }, details: { ended: ended.length } },
  };
});
