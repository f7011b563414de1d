import "server-only";
import { actorOf } from "@/lib/action/define-action";
import { record } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import { currentRequestMeta } from "@/lib/request/meta";
import { getCaller } from "./current-caller";
import { deleteSession } from "./sessions";

/** Sign-out: the session row goes (so the cookie is dead everywhere it might have been copied) and it is audited. */
export async function endCurrentSession(): Promise<void> {
  const caller = await getCaller();
  if (!caller) return;
  const meta = await currentRequestMeta();
  await getDb().transaction(async (tx) => {
    await deleteSession(tx, caller.sessionIdHash);
    await record(tx, { tenantId: caller.tenantId, actor: actorOf(caller), ...meta }, { action: "auth.signed_out" });
  });
}
