import type { ApiKeyDto } from "@/lib/api-keys/dto";
import { formatDateTime, type DisplayFormat } from "@/lib/format/date-time";

/** A key as the list shows it: every date already in the tenant's format, nothing secret. */
export type KeyView = {
  id: string;
  name: string;
  description: string;
  scope: "read" | "write";
  display: string;
  created: string;
  expires: string;
  expired: boolean;
  lastUsed: string;
};

export const SCOPE_LABEL = { read: "Read-only", write: "Read-write" } as const;

export function toKeyView(key: ApiKeyDto, format: DisplayFormat): KeyView {
  return {
    id: key.id,
    name: key.name,
    description: key.description,
    scope: key.scope,
    display: `${key.prefix}…${key.lastFour}`,
    created: formatDateTime(new Date(key.createdAt), format),
    expires: key.expiresAt ? formatDateTime(new Date(key.expiresAt), format) : "Never",
    expired: key.expired,
    lastUsed: key.lastUsedAt ? `${formatDateTime(new Date(key.lastUsedAt), format)} from ${key.lastUsedIp ?? "an unknown address"}` : "Never",
  };
}
