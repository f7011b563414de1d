import "server-only";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { deleteApiKey } from "@/lib/api-keys/delete-api-key";
import { ZApiKeyDto, ZApiKeyWithSecret } from "@/lib/api-keys/dto";
import { getOwnApiKey } from "@/lib/api-keys/get-own-api-key";
import { listOwnApiKeys } from "@/lib/api-keys/list-own-api-keys";
import { regenerateApiKey } from "@/lib/api-keys/regenerate-api-key";
import { updateApiKey } from "@/lib/api-keys/update-api-key";
import { ZApiKeyRef, ZUpdateApiKey } from "@/lib/validation/api-keys";
import { ZPage, ZPageQuery } from "../pagination";
import { defineRoute } from "../define-route";
import { asObject } from "../read-request";

const tag = "API keys";

export const listKeys = defineRoute({
  method: "GET",
  path: "/api-keys",
  tag,
  summary: "List your API keys",
  description: "The calling key's owner's keys, expired ones included, newest first.",
  auth: "api_key",
  permission: "api_keys:read_own",
  query: ZPageQuery,
  response: ZPage(ZApiKeyDto),
  handle: ({ caller, query }) => listOwnApiKeys(caller, query),
});

export const createKey = defineRoute({
  method: "POST",
  path: "/api-keys",
  tag,
  summary: "Create an API key",
  description: "The response carries the secret, once. At most the tenant's limit of active keys per owner.",
  auth: "api_key",
  permission: createApiKey.permission,
  body: createApiKey.input,
  response: ZApiKeyWithSecret,
  status: 201,
  refusals: { conflict: "The owner already holds the tenant's maximum of active keys" },
  handle: ({ caller, body, meta }) => createApiKey.execute(caller, body, meta),
});

export const getKey = defineRoute({
  method: "GET",
  path: "/api-keys/{id}",
  tag,
  summary: "Read one of your API keys",
  auth: "api_key",
  permission: "api_keys:read_own",
  params: ZApiKeyRef,
  response: ZApiKeyDto,
  handle: ({ caller, params }) => getOwnApiKey(caller, params),
});

export const updateKey = defineRoute({
  method: "PATCH",
  path: "/api-keys/{id}",
  tag,
  summary: "Rename or describe one of your API keys",
  description: "Name and description only; scope and expiry are fixed when a key is created.",
  auth: "api_key",
  permission: updateApiKey.permission,
  params: ZApiKeyRef,
  body: ZUpdateApiKey.omit({ id: true }),
  response: ZApiKeyDto,
  handle: ({ caller, params, body, meta }) => updateApiKey.execute(caller, { ...asObject(body), id: params.id }, meta),
});

export const deleteKey = defineRoute({
  method: "DELETE",
  path: "/api-keys/{id}",
  tag,
  summary: "Delete one of your API keys",
  description: "The key stops working at once.",
  auth: "api_key",
  permission: deleteApiKey.permission,
  params: ZApiKeyRef,
  response: null,
  status: 204,
  handle: ({ caller, params, meta }) => deleteApiKey.execute(caller, params, meta),
});

export const regenerateKey = defineRoute({
  method: "POST",
  path: "/api-keys/{id}/regenerate",
  tag,
  summary: "Replace the secret of one of your API keys",
  description: "The old secret stops working at once; the new one is in the response, once. The key's lifetime starts again.",
  auth: "api_key",
  permission: regenerateApiKey.permission,
  params: ZApiKeyRef,
  response: ZApiKeyWithSecret,
  refusals: { conflict: "Reviving this expired key would pass the tenant's maximum of active keys" },
  handle: ({ caller, params, meta }) => regenerateApiKey.execute(caller, params, meta),
});
