import "server-only";
import { ZTenantApiKeyDto } from "@/lib/api-keys/dto";
import { listTenantApiKeys } from "@/lib/api-keys/list-tenant-api-keys";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { ZApiKeyRef } from "@/lib/validation/api-keys";
import { defineRoute } from "../define-route";
import { ZPage, ZPageQuery } from "../pagination";

const tag = "API keys (tenant)";

export const listTenantKeys = defineRoute({
  method: "GET",
  path: "/tenant/api-keys",
  tag,
  summary: "List every API key of the tenant",
  description: "With each key's owner, newest first (Admin).",
  auth: "api_key",
  permission: "api_keys:read_all",
  query: ZPageQuery,
  response: ZPage(ZTenantApiKeyDto),
  handle: ({ caller, query }) => listTenantApiKeys(caller, query),
});

export const revokeTenantKey = defineRoute({
  method: "DELETE",
  path: "/tenant/api-keys/{id}",
  tag,
  summary: "Revoke any API key of the tenant",
  description: "The key stops working at once (Admin).",
  auth: "api_key",
  permission: revokeApiKey.permission,
  params: ZApiKeyRef,
  response: null,
  status: 204,
  handle: ({ caller, params, meta }) => revokeApiKey.execute(caller, params, meta),
});
