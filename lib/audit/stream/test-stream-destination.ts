import "server-only";
import { and, eq } from "drizzle-orm";
import { auditStreamDestinations } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { sendToDestination } from "./send-to-destination";

/** "Test connection": sends a test message (no audit event content) and reports what the destination answered. */
export async function testStreamDestination(caller: Caller, id: string): Promise<{ ok: boolean; message: string }> {
  if (!callerHas(caller, "audit:configure")) throw refuse.forbidden();
  const [destination] = /^[0-9a-f-]{36}$/i.test(id)
    ? await getDb()
        .select()
        .from(auditStreamDestinations)
        .where(and(eq(auditStreamDestinations.id, id), eq(auditStreamDestinations.tenantId, caller.tenantId)))
    : [];
  if (!destination) throw refuse.notFound("The destination");
  const outcome = await sendToDestination(destination, "test");
  return outcome.ok
    ? { ok: true, message: `${destination.name} accepted the test message.` }
    : { ok: false, message: `${destination.name} did not accept the test message: ${outcome.error}` };
}
