import type { HttpMethod } from "./define-route";
import { problemResponse } from "./problem";

const METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** A handler for what no route serves; `allow` is empty for a path that does not exist at all. */
export type UnservedHandler = ((request: Request) => Promise<Response>) & { readonly allow: readonly HttpMethod[] };

/** What a path answers to: its routes, HEAD with GET (Next.js serves it from GET), and OPTIONS. */
const allowHeader = (allow: readonly HttpMethod[]) => [...allow, ...(allow.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");

function unserved(allow: readonly HttpMethod[], options: boolean): UnservedHandler {
  const handler = async (request: Request) => {
    const instance = new URL(request.url).pathname;
    if (!allow.length) return problemResponse("not_found", "Nothing was found at this address.", { instance });
    if (options) return new Response(null, { status: 204, headers: { Allow: allowHeader(allow) } });
    return problemResponse("method_not_allowed", `${request.method} is not served here; use ${allow.join(", ")}.`, {
      instance,
      headers: { Allow: allowHeader(allow) },
    });
  };
  return Object.assign(handler, { allow });
}

/**
 * The handlers of the methods a route file does not serve, and its OPTIONS: Next.js would answer the first with an
 * empty 405 and list every exported method in OPTIONS. Each route file exports what it lacks (the OpenAPI test
 * checks it): `export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET", "POST"]);`
 */
export function methodsNotAllowed(allow: readonly HttpMethod[]): Record<HttpMethod | "OPTIONS", UnservedHandler> {
  const notAllowed = unserved(allow, false);
  return { ...(Object.fromEntries(METHODS.map((method) => [method, notAllowed])) as Record<HttpMethod, UnservedHandler>), OPTIONS: unserved(allow, true) };
}

/** Every method of a path below /api/v1 that no route file serves: a 404 problem document, never the HTML page. */
export const unknownPath = methodsNotAllowed([]);
