import fs from "node:fs";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import type { ApiRoute } from "@/lib/api/define-route";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import { API_ROUTES } from "@/lib/api/routes";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import { callApi } from "./support/api";

const API_DIR = path.resolve("app/api/v1");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function routeFiles(dir = API_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // The catch-all answers unknown paths (tests/integration/api-groups-workspaces-audit.test.ts); it serves no route.
    if (entry.isDirectory()) return entry.name.startsWith("[...") ? [] : routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

/** `app/api/v1/api-keys/[id]/route.ts` → `/api-keys/{id}` */
const documentPathOf = (file: string) =>
  `/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}").replace(/\/$/, "") || "/";

type Served = { file: string; path: string; method: string; route: ApiRoute | undefined };
type Unserved = { file: string; method: string; allow: readonly string[] };

async function routeFileExports(): Promise<{ served: Served[]; unserved: Unserved[] }> {
  const served: Served[] = [];
  const unserved: Unserved[] = [];
  for (const file of routeFiles()) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const method of HTTP_METHODS.filter((m) => m in module)) {
      const handler = module[method] as { route?: ApiRoute; allow?: readonly string[] };
      if (handler.allow) unserved.push({ file, method, allow: handler.allow });
      else served.push({ file, path: documentPathOf(file), method, route: handler.route });
    }
  }
  return { served, unserved };
}

async function servedHandlers(): Promise<Served[]> {
  return (await routeFileExports()).served;
}

/** Every problem with the served handlers against a document: handlers it does not list, operations nothing serves. */
function mismatches(served: Served[], document: { paths: Record<string, Record<string, unknown>> }): string[] {
  const problems: string[] = [];
  for (const handler of served) {
    const label = `${handler.method} ${handler.path} (${path.relative(process.cwd(), handler.file)})`;
    if (!handler.route) problems.push(`${label} is not built with routeHandler(defineRoute(…))`);
    else if (!API_ROUTES.includes(handler.route)) problems.push(`${label} serves a route missing from API_ROUTES`);
    else if (handler.route.path !== handler.path || handler.route.method !== handler.method) {
      problems.push(`${label} serves ${handler.route.method} ${handler.route.path}`);
    }
    if (!document.paths[handler.path]?.[handler.method.toLowerCase()]) problems.push(`${label} is not in the OpenAPI document`);
  }
  for (const [documentPath, operations] of Object.entries(document.paths)) {
    for (const method of Object.keys(operations)) {
      if (!served.some((s) => s.path === documentPath && s.method === method.toUpperCase())) {
        problems.push(`${method.toUpperCase()} ${documentPath} is documented but no route file serves it`);
      }
    }
  }
  return problems;
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const document = buildOpenApiDocument(API_ROUTES);
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");

    // The validator is real: a document with a broken operation is refused.
    const broken = structuredClone(document) as unknown as { paths: Record<string, Record<string, Record<string, unknown>>> };
    delete broken.paths["/me"]!.get!.responses;
    broken.paths["/me"]!.get!.parameters = [{ name: "id", in: "nowhere" }];
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it("is served at /api/v1/openapi.json without a key", async () => {
    const response = await callApi(openApiRoute.GET, { path: "/openapi.json" });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument(API_ROUTES))));
  });

  it("lists exactly the handlers that app/api/v1/**/route.ts serves", async () => {
    const served = await servedHandlers();
    expect(served.length).toBe(API_ROUTES.length);
    expect(mismatches(served, buildOpenApiDocument(API_ROUTES))).toEqual([]);
  });

  it("answers every method a route file does not serve with a 405 naming the ones it does, and OPTIONS alike", async () => {
    const { served, unserved } = await routeFileExports();
    for (const file of routeFiles()) {
      const allow = served.filter((s) => s.file === file).map((s) => s.method);
      const others = unserved.filter((u) => u.file === file);
      const label = path.relative(process.cwd(), file);
      expect({ label, exported: [...allow, ...others.map((u) => u.method)].sort() }).toEqual({ label, exported: ["DELETE", "GET", "OPTIONS", "PATCH", "POST", "PUT"] });
      for (const u of others) expect({ label, allow: [...u.allow].sort() }).toEqual({ label, allow: [...allow].sort() });
    }
  });

  it("would fail for a route file whose handler is missing from the document", async () => {
    const served = await servedHandlers();
    const extra: Served = { file: path.join(API_DIR, "widgets/route.ts"), path: "/widgets", method: "GET", route: undefined };
    const rogue = { ...served[0]!, method: "PUT" };
    expect(mismatches([...served, extra, rogue], buildOpenApiDocument(API_ROUTES))).toEqual([
      "GET /widgets (app/api/v1/widgets/route.ts) is not built with routeHandler(defineRoute(…))",
      "GET /widgets (app/api/v1/widgets/route.ts) is not in the OpenAPI document",
      expect.stringMatching(/^PUT .* serves (GET|POST|PATCH|DELETE) /),
      expect.stringMatching(/^PUT .* is not in the OpenAPI document$/),
    ]);
    const withoutMe = buildOpenApiDocument(API_ROUTES.filter((r) => r.path !== "/me"));
    expect(mismatches(served, withoutMe)).toEqual([expect.stringMatching(/^GET \/me .* is not in the OpenAPI document$/)]);
  });

  it("documents request bodies with the schemas that validate them", async () => {
    const document = buildOpenApiDocument(API_ROUTES) as unknown as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Record<string, unknown> }> }; parameters: { name: string; in: string }[] }>> };
    const create = document.paths["/api-keys"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(create).toMatchObject({
      type: "object",
      required: ["name", "scope", "expiry"],
      properties: { name: { maxLength: 64, minLength: 1 }, scope: { enum: ["read", "write"] }, expiry: { enum: ["7d", "30d", "90d", "365d", "never"] } },
    });
    expect(document.paths["/api-keys/{id}"]!.get!.parameters).toEqual([expect.objectContaining({ name: "id", in: "path", required: true })]);
    expect(document.paths["/tenant/api-keys"]!.get!.parameters.map((p) => p.name)).toEqual(["limit", "cursor"]);

    // A settings PUT documents its console form's own schema: JSON null as well as the form's "none", booleans.
    const body = (path: string) => document.paths[path]!.put!.requestBody!.content["application/json"]!.schema;
    expect(body("/settings/general/default-workspace")).toMatchObject({
      required: ["defaultWorkspaceId", "defaultWorkspaceRole"],
      properties: { defaultWorkspaceId: { anyOf: expect.arrayContaining([{ type: "null" }]) }, defaultWorkspaceRole: { enum: ["viewer", "contributor"] } },
    });
    expect(body("/settings/security/social-providers")).toMatchObject({ properties: { allowGoogle: { type: "boolean" }, allowGithub: { type: "boolean" } } });
    expect(body("/settings/security/authorized-domains")).toMatchObject({ properties: { authorizedDomains: { anyOf: expect.arrayContaining([{ type: "array", items: { type: "string" } }]) } } });
  });
});
