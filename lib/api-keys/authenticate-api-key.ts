import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { rateLimitVerdict, rateLimitWindowStart } from "@/lib/api/rate-limit";
import { record } from "@/lib/audit/record";
import { isMemberAuthorized } from "@/lib/auth/authorized-domains";
import type { ApiKeyCaller, RequestMeta } from "@/lib/auth/caller";
import { rowsOf, type Db } from "@/lib/db";
import type { ApiKeyScope } from "@/lib/auth/caller";
import type { TenantRole } from "@/lib/authz/permissions";
import type { DateFormat, TimeFormat } from "@/lib/format/date-time";
import { hashApiKey, isWellFormedApiKey } from "./key-format";
import { RATE_LIMIT_BUCKET_PREFIX } from "./key-rate-limit";

export type ApiKeyAuthentication =
  | { ok: true; caller: ApiKeyCaller }
  | { ok: false; status: 401; detail: string }
  | { ok: false; status: 429; retryAfterSeconds: number };

export const MISSING_KEY = "Send an API key in the Authorization header (Bearer) or in the X-API-Key header.";
export const INVALID_KEY = "This API key is not valid.";
export const EXPIRED_KEY = "This API key has expired.";
const LAST_USED_WRITE_INTERVAL_MS = 60_000;

type KeyRow = {
  id: string;
  name: string;
  scope: ApiKeyScope;
  tenant_id: string;
  tenant_name: string;
  date_format: DateFormat;
  time_format: TimeFormat;
  authorized_domains: string[];
  user_id: string | null;
  email: string | null;
  username: string | null;
  user_name: string | null;
  role: TenantRole | null;
  status: "active" | "inactive" | null;
  service_account: boolean;
  expired: boolean;
  use_due: boolean;
  requests: number;
}

/** Why an existing key may not act now (audited), or null when it may. */
function refusalOf(row: KeyRow, owner: { email: string; role: TenantRole } | null): string | null {
  if (row.expired) return "expired";
  // Service-account keys need their owner table (SPEC §4); until it exists they authenticate nobody.
  if (!row.user_id) return "owner_unsupported";
  if (!owner) return "owner_not_member";
  if (row.status !== "active") return "owner_inactive";
  // A service account's e-mail is a reserved placeholder, not a domain the tenant could authorize.
  if (!row.service_account && !isMemberAuthorized(owner, row.authorized_domains)) return "owner_domain_unauthorized";
  return null;
}

/** Reads the key from `Authorization: Bearer …` or `X-API-Key`; cookies are never looked at. */
export function presentedApiKey(headers: Headers): string | null {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S*)\s*$/i.exec(authorization);
    return match ? match[1]! : "";
  }
  return headers.get("x-api-key");
}

/**
 * Who an API key acts for, re-read on every request: the key, its owner's membership and current role, and the
 * tenant's display format, found by the key's SHA-256 (unique index) in the same database call that counts the
 * request against the key's rate limit — one round trip, with plans the database keeps. A key that is missing,
 * malformed or fails its checksum is refused before any database work. Refusals of a known key are audited in its
 * tenant; `last_used_at` is written at most once a minute.
 */
export async function authenticateApiKey(
  db: Db,
  presented: string | null,
  request: RequestMeta & { endpoint: string },
  limitPerMinute: number,
  now = new Date(),
): Promise<ApiKeyAuthentication> {
  if (!presented) return { ok: false, status: 401, detail: MISSING_KEY };
  if (!isWellFormedApiKey(presented)) return { ok: false, status: 401, detail: INVALID_KEY };

  const stale = new Date(now.getTime() - LAST_USED_WRITE_INTERVAL_MS);
  // api_key_request (migrations 0010, 0014): the key, its owner and the counted request in one call with cached plans.
  const rows = await db.execute(
    sql`select * from api_key_request(${hashApiKey(presented)}, ${now.toISOString()}::timestamptz, ${stale.toISOString()}::timestamptz, ${RATE_LIMIT_BUCKET_PREFIX}, ${rateLimitWindowStart(now).toISOString()}::timestamptz)`,
  );
  const [row] = rowsOf<KeyRow>(rows);
  if (!row) return { ok: false, status: 401, detail: INVALID_KEY };

  const limit = rateLimitVerdict(row.requests, limitPerMinute, now);
  if (!limit.allowed) return { ok: false, status: 429, retryAfterSeconds: limit.retryAfterSeconds };

  const { user_id: userId, email, username, user_name: userName, role } = row;
  const owner = userId && email && username && userName && role ? { userId, email, username, name: userName, role } : null;
  const reason = refusalOf(row, owner);
  if (reason || !owner) {
    const actor = { type: "api_key" as const, id: row.id, label: email ? `${row.name} (${email})` : row.name };
    await db.transaction((tx) =>
      record(tx, { tenantId: row.tenant_id, actor, ip: request.ip, userAgent: request.userAgent }, {
        action: "api_key.auth_failed",
        target: { type: "api_key", id: row.id, label: row.name },
        details: { reason, endpoint: request.endpoint },
      }),
    );
    return { ok: false, status: 401, detail: row.expired ? EXPIRED_KEY : INVALID_KEY };
  }

  if (row.use_due) {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: now, lastUsedIp: request.ip })
      .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, stale))));
  }
  return {
    ok: true,
    caller: {
      kind: "api_key",
      apiKey: { id: row.id, name: row.name, scope: row.scope },
      ...owner,
      tenantId: row.tenant_id,
      tenantName: row.tenant_name,
      displayFormat: { dateFormat: row.date_format, timeFormat: row.time_format },
    },
  };
}
