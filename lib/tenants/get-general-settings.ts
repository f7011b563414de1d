import "server-only";
import { eq } from "drizzle-orm";
import { tenants } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { refuse } from "@/lib/action/errors";
import { getDb } from "@/lib/db";

export type GeneralSettingsDto = { name: string };

export async function getGeneralSettings(caller: Caller): Promise<GeneralSettingsDto> {
  if (!callerHas(caller, "settings:read")) throw refuse.forbidden();
  const [row] = await getDb().select({ name: tenants.name }).from(tenants).where(eq(tenants.id, caller.tenantId));
  if (!row) throw refuse.notFound("The tenant");
  return row;
}
