import "server-only";
import { apiKeys, users } from "@/db/schema";
import { toApiKeyDto, type TenantApiKeyDto } from "./dto";

/** Columns for a tenant-wide key list: the key and its owner's label. */
export const tenantKeyColumns = { key: apiKeys, ownerEmail: users.email };

type TenantKeyRow = { key: typeof apiKeys.$inferSelect; ownerEmail: string | null };

export function toTenantApiKeyDto({ key, ownerEmail }: TenantKeyRow, now = new Date()): TenantApiKeyDto {
  const owner = key.ownerUserId
    ? { type: "user" as const, id: key.ownerUserId, label: ownerEmail ?? "unknown user" }
    : { type: "service_account" as const, id: key.ownerServiceAccountId!, label: "Service account" };
  return { ...toApiKeyDto(key, now), owner };
}
