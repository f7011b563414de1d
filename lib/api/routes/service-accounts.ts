import "server-only";
import { refuse } from "@/lib/action/errors";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { deleteServiceAccount } from "@/lib/service-accounts/delete-service-account";
import { getServiceAccount } from "@/lib/service-accounts/get-service-account";
import { listServiceAccounts } from "@/lib/service-accounts/list-service-accounts";
import { patchServiceAccount, ZPatchServiceAccount } from "@/lib/service-accounts/patch-service-account";
import { ZServiceAccountDetail, ZServiceAccountDto } from "@/lib/service-accounts/service-account-dto";
import { ZServiceAccountRef } from "@/lib/validation/members";
import { defineRoute } from "../define-route";
import { ZPage, ZPageQuery } from "../pagination";

const tag = "Service accounts";

export const listServiceAccountsRoute = defineRoute({
  method: "GET",
  path: "/service-accounts",
  tag,
  summary: "List the tenant's service accounts",
  description: "By name (Admin).",
  auth: "api_key",
  permission: "service_accounts:read",
  query: ZPageQuery,
  response: ZPage(ZServiceAccountDto),
  handle: ({ caller, query }) => listServiceAccounts(caller, query),
});

export const createServiceAccountRoute = defineRoute({
  method: "POST",
  path: "/service-accounts",
  tag,
  summary: "Create a service account",
  description: "With a tenant role and, optionally, a role in shared workspaces. It never signs in; create its keys in the console.",
  auth: "api_key",
  permission: createServiceAccount.permission,
  body: createServiceAccount.input,
  response: ZServiceAccountDto,
  status: 201,
  handle: ({ caller, body, meta }) => createServiceAccount.execute(caller, body, meta),
});

export const getServiceAccountRoute = defineRoute({
  method: "GET",
  path: "/service-accounts/{id}",
  tag,
  summary: "Read one service account",
  auth: "api_key",
  permission: "service_accounts:read",
  params: ZServiceAccountRef,
  response: ZServiceAccountDetail,
  handle: async ({ caller, params }) => (await getServiceAccount(caller, params.id)) ?? Promise.reject(refuse.notFound("The service account")),
});

export const updateServiceAccountRoute = defineRoute({
  method: "PATCH",
  path: "/service-accounts/{id}",
  tag,
  summary: "Edit, deactivate or re-activate a service account",
  description: "Fields left out keep their value. `status: inactive` makes its keys fail from their next request.",
  auth: "api_key",
  permission: "service_accounts:manage",
  params: ZServiceAccountRef,
  body: ZPatchServiceAccount,
  response: ZServiceAccountDetail,
  handle: ({ caller, params, body, meta }) => patchServiceAccount(caller, params.id, body, meta),
});

export const deleteServiceAccountRoute = defineRoute({
  method: "DELETE",
  path: "/service-accounts/{id}",
  tag,
  summary: "Delete a service account",
  description: "Its keys and workspace roles go with it; the audit history stays.",
  auth: "api_key",
  permission: deleteServiceAccount.permission,
  params: ZServiceAccountRef,
  response: null,
  status: 204,
  refusals: { invariant_violation: "It is the only Owner of a shared workspace" },
  handle: ({ caller, params, meta }) => deleteServiceAccount.execute(caller, params, meta),
});
