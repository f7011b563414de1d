import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { rateLimitVerdict, rateLimitWindowStart } from "@/lib/api/rate-limit";
import { record } from "@/lib/audit/record";
import { isMemberAuthorized } from "@/lib/auth/authorized-domains";
import type { ApiKeyCaller, RequestMeta } from "@/lib/auth/caller";
import type { Db } from "@/lib/db";
import type { TenantRole } from "@/lib/authz/permissions";
import { keyRequest, type KeyRequestRow } from "./api-key-request";
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

/** Why an existing key may not act now (audited), or null when it may. */
function refusalOf(row: KeyRequestRow, owner: { email: string; role: TenantRole } | null): string | null {
  if (row.expired) return "expired";
  // Service-account keys need their owner table (SPEC §4); until it exists they authenticate nobody.
  if (!row.userId) return "owner_unsupported";
  if (!owner) return "owner_not_member";
  if (row.status !== "active") return "owner_inactive";
  // A service account's e-mail is a reserved placeholder, not a domain the tenant could authorize.
  if (!row.serviceAccount && !isMemberAuthorized(owner, row.authorizedDomains)) return "owner_domain_unauthorized";
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
 * request against the key's rate limit — one round trip of a named prepared statement. A key that is missing,
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
  const row = await keyRequest(db, {
    secretHash: hashApiKey(presented),
    now,
    useDueBefore: stale,
    bucketPrefix: RATE_LIMIT_BUCKET_PREFIX,
    windowStart: rateLimitWindowStart(now),
  });
  if (!row) return { ok: false, status: 401, detail: INVALID_KEY };

  const limit = rateLimitVerdict(row.requests, limitPerMinute, now);
  if (!limit.allowed) return { ok: false, status: 429, retryAfterSeconds: limit.retryAfterSeconds };

  const { userId, email, username, userName, role } = row;
  const owner = userId && email && username && userName && role ? { userId, email, username, name: userName, role } : null;
  const reason = refusalOf(row, owner);
  if (reason || !owner) {
    const actor = { type: "api_key" as const, id: row.id, label: email ? `${row.name} (${email})` : row.name };
    await db.transaction((tx) =>
      record(tx, { tenantId: row.tenantId, actor, ip: request.ip, userAgent: request.userAgent }, {
        action: "api_key.auth_failed",
        target: { type: "api_key", id: row.id, label: row.name },
        details: { reason, endpoint: request.endpoint },
      }),
    );
    return { ok: false, status: 401, detail: row.expired ? EXPIRED_KEY : INVALID_KEY };
  }

  if (row.useDue) {
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
      tenantId: row.tenantId,
      tenantName: row.tenantName,
      displayFormat: { dateFormat: row.dateFormat, timeFormat: row.timeFormat },
    },
  };
}
