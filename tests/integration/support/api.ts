import { and, asc, eq } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import type { RouteHandler } from "@/lib/api/route-handler";
import type { Caller } from "@/lib/auth/caller";
import { CLIENT_IP_HEADER } from "@/lib/request/client-ip-header";
import { getDb } from "@/lib/db";
import { META } from "./fixtures";

export type ApiResponse = { status: number; headers: Headers; body: Record<string, unknown> | null };

/**
 * Calls a route handler of app/api/v1 the way Next.js does: a Request and the dynamic segments as params. The
 * key goes in `Authorization: Bearer` unless other headers are given.
 */
export async function callApi(
  handler: RouteHandler,
  options: { path: string; key?: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; params?: Record<string, string> },
): Promise<ApiResponse> {
  const headers: Record<string, string> = { [CLIENT_IP_HEADER]: META.ip!, "user-agent": "vitest" };
  if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  Object.assign(headers, options.headers);
  const request = new Request(`http://localhost/api/v1${options.path}`, {
    method: handler.route.method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

/** A key created through the lib function (as the page does); returns its id and the secret. */
export async function newKey(caller: Caller, input: { scope?: "read" | "write"; expiry?: string; name?: string } = {}) {
  const created = await createApiKey.execute(caller, { name: input.name ?? "Test key", scope: input.scope ?? "write", expiry: input.expiry ?? "30d" }, META);
  return { id: created.key.id, secret: created.secret, key: created.key };
}

export const eventsOf = (tenantId: string, action?: string) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(action ? and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.action, action)) : eq(auditEvents.tenantId, tenantId))
    .orderBy(asc(auditEvents.seq));
