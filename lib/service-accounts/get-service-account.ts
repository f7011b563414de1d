import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { apiKeys, serviceAccounts, workspaceBindings, workspaces } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import { toApiKeyDto, type ApiKeyDto } from "@/lib/api-keys/dto";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import type { ServiceAccountDetail } from "./service-account-dto";
import { selectServiceAccounts, toServiceAccountDto } from "./service-account-query";

/** One service account of the caller's tenant with its workspace roles, or null (another tenant's id included). */
export async function getServiceAccount(caller: Caller, id: string): Promise<ServiceAccountDetail | null> {
  if (!callerHas(caller, "service_accounts:read")) throw refuse.forbidden();
  const db = getDb();
  const [row] = await selectServiceAccounts(db).where(and(eq(serviceAccounts.tenantId, caller.tenantId), eq(serviceAccounts.userId, id)));
  if (!row) return null;
  const roles = await db
    .select({ id: workspaces.id, name: workspaces.name, role: workspaceBindings.role })
    .from(workspaceBindings)
    .innerJoin(workspaces, eq(workspaces.id, workspaceBindings.workspaceId))
    .where(and(eq(workspaceBindings.tenantId, caller.tenantId), eq(workspaceBindings.userId, id)))
    .orderBy(asc(workspaces.name));
  return { ...toServiceAccountDto(row), workspaces: roles };
}

/** The keys of a service account (for the Admins who manage them). */
export async function listServiceAccountKeys(caller: Caller, id: string): Promise<ApiKeyDto[]> {
  if (!callerHas(caller, "service_accounts:read")) throw refuse.forbidden();
  const rows = await getDb()
    .select({ key: apiKeys })
    .from(apiKeys)
    .innerJoin(serviceAccounts, and(eq(serviceAccounts.userId, apiKeys.ownerUserId), eq(serviceAccounts.tenantId, apiKeys.tenantId)))
    .where(and(eq(apiKeys.tenantId, caller.tenantId), eq(apiKeys.ownerUserId, id)))
    .orderBy(asc(apiKeys.createdAt));
  const now = new Date();
  return rows.map((r) => toApiKeyDto(r.key, now));
}
