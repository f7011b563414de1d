import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { apiKeys, memberships, tenantSettings, tenants, users } from "@/db/schema";
import { consumeRateLimit } from "@/lib/api/rate-limit";
import { record } from "@/lib/audit/record";
import type { ApiKeyCaller, RequestMeta } from "@/lib/auth/caller";
import type { Db } from "@/lib/db";
import { hashApiKey, isWellFormedApiKey } from "./key-format";
import { rateLimitBucketOf } from "./key-rate-limit";

export type ApiKeyAuthentication =
  | { ok: true; caller: ApiKeyCaller }
  | { ok: false; status: 401; detail: string }
  | { ok: false; status: 429; retryAfterSeconds: number };

export const MISSING_KEY = "Send an API key in the Authorization header (Bearer) or in the X-API-Key header.";
export const INVALID_KEY = "This API key is not valid.";
export const EXPIRED_KEY = "This API key has expired.";
const LAST_USED_WRITE_INTERVAL_MS = 60_000;

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
 * tenant's display format, in one lookup by the key's SHA-256 (unique index). A key that is missing, malformed or
 * fails its checksum is refused before any database work. Refusals of a known key are audited in its tenant;
 * `last_used_at` is written at most once a minute.
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

  const [row] = await db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      scope: apiKeys.scope,
      expiresAt: apiKeys.expiresAt,
      lastUsedAt: apiKeys.lastUsedAt,
      tenantId: apiKeys.tenantId,
      tenantName: tenants.name,
      dateFormat: tenantSettings.dateFormat,
      timeFormat: tenantSettings.timeFormat,
      userId: users.id,
      email: users.email,
      username: users.username,
      userName: users.name,
      role: memberships.role,
      status: memberships.status,
    })
    .from(apiKeys)
    .innerJoin(tenants, eq(tenants.id, apiKeys.tenantId))
    .innerJoin(tenantSettings, eq(tenantSettings.tenantId, apiKeys.tenantId))
    .leftJoin(users, eq(users.id, apiKeys.ownerUserId))
    .leftJoin(memberships, and(eq(memberships.tenantId, apiKeys.tenantId), eq(memberships.userId, apiKeys.ownerUserId)))
    .where(eq(apiKeys.secretHash, hashApiKey(presented)))
    .limit(1);
  if (!row) return { ok: false, status: 401, detail: INVALID_KEY };

  const limit = await consumeRateLimit(db, rateLimitBucketOf(row.id), limitPerMinute, now);
  if (!limit.allowed) return { ok: false, status: 429, retryAfterSeconds: limit.retryAfterSeconds };

  const expired = row.expiresAt !== null && row.expiresAt <= now;
  const { userId, email, username, userName, role } = row;
  const owner = userId && email && username && userName && role && row.status === "active" ? { userId, email, username, name: userName, role } : null;
  if (expired || !owner) {
    // Service-account keys need their owner table (SPEC §4); until it exists they authenticate nobody.
    const reason = expired ? "expired" : !userId ? "owner_unsupported" : !role ? "owner_not_member" : "owner_inactive";
    const actor = { type: "api_key" as const, id: row.id, label: email ? `${row.name} (${email})` : row.name };
    await db.transaction((tx) =>
      record(tx, { tenantId: row.tenantId, actor, ip: request.ip, userAgent: request.userAgent }, {
        action: "api_key.auth_failed",
        target: { type: "api_key", id: row.id, label: row.name },
        details: { reason, endpoint: request.endpoint },
      }),
    );
    return { ok: false, status: 401, detail: expired ? EXPIRED_KEY : INVALID_KEY };
  }

  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_WRITE_INTERVAL_MS) {
    const stale = new Date(now.getTime() - LAST_USED_WRITE_INTERVAL_MS);
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
