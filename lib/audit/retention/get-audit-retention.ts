import "server-only";
import { eq } from "drizzle-orm";
import { tenantSettings } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";

export async function getAuditRetention(caller: Caller): Promise<{ retentionDays: number }> {
  if (!callerHas(caller, "audit:configure")) throw refuse.forbidden();
  const [row] = await getDb().select({ retentionDays: tenantSettings.auditRetentionDays }).from(tenantSettings).where(eq(tenantSettings.tenantId, caller.tenantId));
  if (!row) throw refuse.notFound("The tenant");
  return row;
}
