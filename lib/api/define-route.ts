import type { z } from "zod";
import type { ErrorCode } from "@/lib/action/errors";
import type { ApiKeyCaller, RequestMeta } from "@/lib/auth/caller";
import type { Permission } from "@/lib/authz/permissions";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type RouteAuth = "api_key" | "none";
type Params = z.ZodObject | undefined;
/** A streamed file instead of JSON (an export): its media types, for the document. */
export type DownloadResponse = { download: readonly string[] };
export type Download = { filename: string; contentType: string; body: ReadableStream<Uint8Array> };
type Body = z.ZodType | null | DownloadResponse;

export function isDownload(response: Body): response is DownloadResponse {
  return response !== null && "download" in response;
}

export type RouteInput<A extends RouteAuth, P extends Params> = {
  caller: A extends "api_key" ? ApiKeyCaller : null;
  /** Path parameters, parsed with `params` (a value that does not parse answers 404). */
  params: P extends z.ZodObject ? z.output<P> : Record<string, never>;
  /** The query string as an object; the lib function it is passed to parses it with the schema documented as `query`. */
  query: Record<string, unknown>;
  /** The JSON body ({} when empty); the action it is passed to parses it with the schema documented as `body`. */
  body: unknown;
  meta: RequestMeta;
};

/** One endpoint of /api/v1. The OpenAPI document is built from these, so what is served is what is documented. */
export type ApiRoute<A extends RouteAuth = RouteAuth, P extends Params = Params, R extends Body = Body> = {
  method: HttpMethod;
  /** Below /api/v1, OpenAPI style: `/api-keys/{id}`. */
  path: `/${string}`;
  tag: string;
  summary: string;
  description?: string;
  auth: A;
  /** The permission the lib function checks, for the document; the lib function is what enforces it. */
  permission?: Permission;
  params?: P;
  query?: z.ZodObject;
  body?: z.ZodType;
  /**
   * null: 204 No Content; a download: the handler's stream, as an attachment. Otherwise the handler's result is
   * parsed with it, so only documented fields ever leave.
   */
  response: R;
  status?: 200 | 201 | 204;
  /** Refusals beyond those that follow from auth, permission, params and input (e.g. `conflict`), for the document. */
  refusals?: Partial<Record<ErrorCode, string>>;
  handle(input: RouteInput<A, P>): Promise<R extends z.ZodType ? z.input<R> : R extends DownloadResponse ? Download : unknown>;
};

export function defineRoute<A extends RouteAuth, P extends Params = undefined, R extends Body = Body>(route: ApiRoute<A, P, R>): ApiRoute<A, P, R> {
  return route;
}

/** The `[id]` folder of app/api/v1 for `{id}` of the document. */
export function appRoutePath(path: string): string {
  return path.replace(/\{(\w+)\}/g, "[$1]");
}
