import "server-only";
import { sql } from "drizzle-orm";
import { apiKeys, users } from "@/db/schema";
import { toApiKeyDto, type TenantApiKeyDto } from "./dto";

/** Columns for a tenant-wide key list (joined to the owner's user row): the key and who owns it. */
export const tenantKeyColumns = {
  key: apiKeys,
  ownerEmail: users.email,
  ownerName: users.name,
  ownerIsServiceAccount: sql<boolean>`exists (select 1 from service_accounts sa where sa.user_id = ${apiKeys.ownerUserId})`,
};

type TenantKeyRow = { key: typeof apiKeys.$inferSelect; ownerEmail: string | null; ownerName: string | null; ownerIsServiceAccount: boolean };

/** A person is shown by e-mail; a service account by its name (its e-mail is a placeholder nobody reads). */
export function toTenantApiKeyDto({ key, ownerEmail, ownerName, ownerIsServiceAccount }: TenantKeyRow, now = new Date()): TenantApiKeyDto {
  const owner = ownerIsServiceAccount
    ? { type: "service_account" as const, id: key.ownerUserId!, label: ownerName ?? "Service account" }
    : { type: "user" as const, id: key.ownerUserId!, label: ownerEmail ?? "unknown user" };
  return { ...toApiKeyDto(key, now), owner };
}
