import "server-only";
import { z } from "zod";
import { defineRoute } from "../define-route";

export const health = defineRoute({
  method: "GET",
  path: "/health",
  tag: "System",
  summary: "Liveness",
  description: "Answers as long as the server runs, without touching the database or needing a key. For load balancers.",
  auth: "none",
  response: z.object({ status: z.literal("ok") }),
  handle: async () => ({ status: "ok" as const }),
});

export const openApi = defineRoute({
  method: "GET",
  path: "/openapi.json",
  tag: "System",
  summary: "This API's OpenAPI 3.1 document",
  description: "Generated from the schemas that validate each request, so it cannot drift from what the server accepts.",
  auth: "none",
  response: z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.record(z.string(), z.unknown()) }),
  // Imported on first use: the document is built from the registry, which lists this route too.
  handle: async () => (await import("../openapi-document")).openApiDocument(),
});
