import type { HttpMethod } from "./define-route";
import { problemResponse } from "./problem";

const METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** A handler for what no route serves; `allow` is empty for a path that does not exist at all. */
export type UnservedHandler = ((request: Request) => Promise<Response>) & { readonly allow: readonly HttpMethod[] };

function unserved(allow: readonly HttpMethod[]): UnservedHandler {
  const handler = async (request: Request) => {
    const instance = new URL(request.url).pathname;
    if (!allow.length) return problemResponse("not_found", "Nothing was found at this address.", { instance });
    return problemResponse("method_not_allowed", `${request.method} is not served here; use ${allow.join(", ")}.`, {
      instance,
      headers: { Allow: allow.join(", ") },
    });
  };
  return Object.assign(handler, { allow });
}

/**
 * The handlers of the methods a route file does not serve: Next.js would answer them with an empty 405, the API
 * answers a problem document with `Allow`. Each route file exports the ones it lacks (the OpenAPI test checks it):
 * `export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);`
 */
export function methodsNotAllowed(allow: readonly HttpMethod[]): Record<HttpMethod, UnservedHandler> {
  const handler = unserved(allow);
  return Object.fromEntries(METHODS.map((method) => [method, handler])) as Record<HttpMethod, UnservedHandler>;
}

/** Every method of a path below /api/v1 that no route file serves: a 404 problem document, never the HTML page. */
export const unknownPath = methodsNotAllowed([]);
