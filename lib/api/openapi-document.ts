import "server-only";
import { z } from "zod";
import { ERROR_STATUS, type ErrorCode } from "@/lib/action/errors";
import { PERMISSIONS, type Permission } from "@/lib/authz/permissions";
import { isDownload, type ApiRoute } from "./define-route";
import { ZProblem } from "./problem";
import { API_ROUTES } from "./routes";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodObject | undefined, location: "path" | "query") {
  if (!schema) return [];
  const { properties = {}, required = [] } = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return { name, in: location, required: location === "path" || required.includes(name), description, schema: propertySchema };
  });
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** The refusals a route can answer with, from what it declares. */
function refusals(route: ApiRoute): Partial<Record<ErrorCode, string>> {
  return {
    ...(route.body ? { malformed_request: "The body is not JSON", payload_too_large: "The body is over 1 MB" } : {}),
    ...(route.auth === "api_key" ? { unauthenticated: "No key, or a key that is malformed, unknown, expired, or whose owner is inactive" } : {}),
    ...(route.permission ? { forbidden: `The key's owner lacks \`${route.permission}\`, or a read-only key asked for a write` } : {}),
    ...(route.params ? { not_found: "Nothing with this id in the key's tenant" } : {}),
    ...(route.body || route.query ? { validation_failed: "The input did not validate; `errors` names each field" } : {}),
    ...(route.auth === "api_key" ? { rate_limited: "The key's rate limit was reached; see Retry-After" } : {}),
    ...route.refusals,
    internal: "Unexpected server error; nothing was changed",
  };
}

function requirement(permission: Permission): string {
  return PERMISSIONS[permission].scope === "workspace"
    ? `Requires the permission \`${permission}\` in this workspace (the caller's effective workspace role there).`
    : `Requires the permission \`${permission}\`.`;
}

function operationId(route: ApiRoute): string {
  const words = `${route.method.toLowerCase()} ${route.path}`.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
}

function operation(route: ApiRoute) {
  const status = route.status ?? 200;
  const success = !route.response
    ? { description: "No content" }
    : isDownload(route.response)
      ? { description: "The file, streamed", content: Object.fromEntries(route.response.download.map((type) => [type, { schema: { type: "string" } }])) }
      : { description: status === 201 ? "Created" : "OK", content: { "application/json": { schema: jsonSchema(route.response, "output") } } };
  const responses: Record<string, unknown> = { [status]: success };
  for (const [code, description] of Object.entries(refusals(route))) responses[ERROR_STATUS[code as ErrorCode]] = problem(description);
  return {
    operationId: operationId(route),
    tags: [route.tag],
    summary: route.summary,
    description: [route.description, route.permission ? requirement(route.permission) : undefined].filter(Boolean).join("\n\n") || undefined,
    security: route.auth === "api_key" ? [{ bearerKey: [] }, { headerKey: [] }] : [],
    parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
    ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body, "input") } } } } : {}),
    responses,
  };
}

export function buildOpenApiDocument(routes: readonly ApiRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  return {
    openapi: "3.1.0",
    info: {
      title: "Gatehouse API",
      version: "1",
      description: "The public REST API of Gatehouse. Authenticate with an API key: `Authorization: Bearer gth_…` or `X-API-Key: gth_…`.",
    },
    servers: [{ url: "/api/v1" }],
    paths,
    components: {
      securitySchemes: {
        bearerKey: { type: "http", scheme: "bearer", description: "An API key (`gth_…`) as a bearer token." },
        headerKey: { type: "apiKey", in: "header", name: "X-API-Key", description: "An API key (`gth_…`)." },
      },
      schemas: { Problem: jsonSchema(ZProblem, "output") },
    },
  };
}

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

/** The document of every route in the registry, built once per process. */
export function openApiDocument() {
  cached ??= buildOpenApiDocument(API_ROUTES);
  return cached;
}
