import "server-only";
import type { ApiRoute } from "../define-route";
import { createKey, deleteKey, getKey, listKeys, regenerateKey, updateKey } from "./api-keys";
import { me } from "./me";
import { getMemberRoute, listMembersRoute, removeMemberRoute, updateMemberRoute } from "./members";
import { createServiceAccountRoute, deleteServiceAccountRoute, getServiceAccountRoute, listServiceAccountsRoute, updateServiceAccountRoute } from "./service-accounts";
import { roles } from "./roles";
import { getAi, getGeneral, getSecurity, updateGeneral } from "./settings";
import { health, openApi } from "./system";
import { listTenantKeys, revokeTenantKey } from "./tenant-api-keys";

/**
 * Every endpoint of /api/v1. The OpenAPI document lists exactly these, and a test fails when an
 * app/api/v1/**\/route.ts exports a handler that is not one of them. A new domain adds its routes here.
 */
export const API_ROUTES: readonly ApiRoute[] = [
  health,
  openApi,
  me,
  listKeys,
  createKey,
  getKey,
  updateKey,
  deleteKey,
  regenerateKey,
  listTenantKeys,
  revokeTenantKey,
  getGeneral,
  updateGeneral,
  getSecurity,
  getAi,
  roles,
  listMembersRoute,
  getMemberRoute,
  updateMemberRoute,
  removeMemberRoute,
  listServiceAccountsRoute,
  createServiceAccountRoute,
  getServiceAccountRoute,
  updateServiceAccountRoute,
  deleteServiceAccountRoute,
] as readonly ApiRoute[];
