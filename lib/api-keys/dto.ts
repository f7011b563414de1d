import { z } from "zod";
import type { ApiKeyRow } from "@/db/schema";

/** What any client may know about a key: never its secret or hash. Dates are ISO 8601 strings. */
export const ZApiKeyDto = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  scope: z.enum(["read", "write"]),
  prefix: z.string().meta({ description: "The key's first characters, for recognising it." }),
  lastFour: z.string().meta({ description: "The key's last four characters." }),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
  expired: z.boolean(),
  lastUsedAt: z.iso.datetime().nullable(),
  lastUsedIp: z.string().nullable(),
});
export type ApiKeyDto = z.infer<typeof ZApiKeyDto>;

/** A new or regenerated key: the only response that ever carries the secret. */
export const ZApiKeyWithSecret = z.object({
  key: ZApiKeyDto,
  secret: z.string().meta({ description: "The whole key. Shown once: it cannot be read again." }),
});
export type ApiKeyWithSecret = z.infer<typeof ZApiKeyWithSecret>;

export const ZTenantApiKeyDto = ZApiKeyDto.extend({
  owner: z.object({
    type: z.enum(["user", "service_account"]),
    id: z.uuid(),
    label: z.string().meta({ description: "The owner's e-mail (user) or name (service account)." }),
  }),
});
export type TenantApiKeyDto = z.infer<typeof ZTenantApiKeyDto>;

export type ApiKeyDtoFields = Pick<
  ApiKeyRow,
  "id" | "name" | "description" | "scope" | "prefix" | "lastFour" | "createdAt" | "expiresAt" | "lastUsedAt" | "lastUsedIp"
>;

export function toApiKeyDto(row: ApiKeyDtoFields, now = new Date()): ApiKeyDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    scope: row.scope,
    prefix: row.prefix,
    lastFour: row.lastFour,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    expired: row.expiresAt !== null && row.expiresAt <= now,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    lastUsedIp: row.lastUsedIp,
  };
}
