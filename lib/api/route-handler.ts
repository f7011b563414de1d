import "server-only";
import { DomainError } from "@/lib/action/errors";
import { formDataToObject } from "@/lib/action/form-data";
import { authenticateApiKey, presentedApiKey } from "@/lib/api-keys/authenticate-api-key";
import type { ApiKeyCaller } from "@/lib/auth/caller";
import { isReadPermission } from "@/lib/authz/permissions";
import { getConfig } from "@/lib/config/config";
import { getDb } from "@/lib/db";
import { downloadResponse } from "@/lib/http/download-response";
import { requestMetaFrom } from "@/lib/request/meta";
import { isDownload, type ApiRoute, type Download, type RouteAuth, type RouteInput } from "./define-route";
import { problemResponse } from "./problem";
import { readJsonBody } from "./read-request";

type RouteContext = { params: Promise<Record<string, string | string[]>> };
export type RouteHandler = ((request: Request, context: RouteContext) => Promise<Response>) & { readonly route: ApiRoute };

const NOT_FOUND = "Nothing was found at this address.";

/**
 * The Next.js handler for one route of /api/v1: authenticate the key (headers only, never cookies) → per-key rate
 * limit → path parameters → the lib function → JSON, or an RFC 9457 problem document. Never a stack trace.
 */
export function routeHandler<A extends RouteAuth>(route: ApiRoute<A>): RouteHandler {
  const handler = async (request: Request, context: RouteContext): Promise<Response> => {
    const url = new URL(request.url);
    const instance = url.pathname;
    const meta = requestMetaFrom(request.headers);
    let caller: ApiKeyCaller | null = null;
    try {
      if (route.auth === "api_key") {
        const config = getConfig();
        const auth = await authenticateApiKey(getDb(), presentedApiKey(request.headers), { ...meta, endpoint: `${request.method} ${instance}` }, config.apiRateLimitPerMinute);
        if (!auth.ok && auth.status === 429) {
          return problemResponse("rate_limited", `This API key made too many requests; try again in ${auth.retryAfterSeconds} seconds.`, {
            instance,
            headers: { "Retry-After": String(auth.retryAfterSeconds) },
          });
        }
        if (!auth.ok) return problemResponse("unauthenticated", auth.detail, { instance, headers: { "WWW-Authenticate": 'Bearer realm="gatehouse"' } });
        caller = auth.caller;
      }
      const params = route.params ? route.params.safeParse(await context.params) : { success: true as const, data: {} };
      if (!params.success) return problemResponse("not_found", NOT_FOUND, { instance });
      const input = {
        caller,
        params: params.data,
        query: formDataToObject(url.searchParams),
        body: await readJsonBody(request),
        meta,
      } as RouteInput<A, undefined>;
      const result = await route.handle(input);
      if (route.response === null) return new Response(null, { status: 204 });
      if (isDownload(route.response)) return downloadResponse(result as Download);
      return Response.json(route.response.parse(result), { status: route.status ?? 200 });
    } catch (error) {
      if (error instanceof DomainError) {
        const readOnly = error.code === "forbidden" && caller?.apiKey.scope === "read" && route.permission && !isReadPermission(route.permission);
        const detail = readOnly ? "This API key is read-only; this request needs a read-write key." : error.message;
        return problemResponse(error.code, detail, { instance, errors: error.fieldErrors });
      }
      console.error(`[api] ${request.method} ${instance} failed:`, error instanceof Error ? error.stack : error);
      return problemResponse("internal", "Something went wrong on our side. Nothing was changed; please try again.", { instance });
    }
  };
  return Object.assign(handler, { route: route as ApiRoute });
}
