import "server-only";
import type { ApiRoute } from "../define-route";
import { createKey, deleteKey, getKey, listKeys, regenerateKey, updateKey } from "./api-keys";
import { auditChainCheck, auditEventDetail, auditEventExport, auditEventList } from "./audit-events";
import { addMembersToGroup, getGroup, listGroupMembers, listGroups, patchGroup, postGroup, removeGroup, removeMemberFromGroup } from "./groups";
import { cancelInvitationRoute, createInvitationsRoute, listInvitationsRoute, resendInvitationRoute } from "./invitations";
import { me } from "./me";
import { memberAccess } from "./member-access";
import { getMemberRoute, listMembersRoute, removeMemberRoute, updateMemberRoute } from "./members";
import { createServiceAccountRoute, deleteServiceAccountRoute, getServiceAccountRoute, listServiceAccountsRoute, updateServiceAccountRoute } from "./service-accounts";
import { roles } from "./roles";
import {
  getAi,
  getGeneral,
  getSecurity,
  putAi,
  putApiKeyPolicy,
  putAuditRetention,
  putAuthorizedDomains,
  putDateTime,
  putDefaultWorkspace,
  putInvitationLifetime,
  putPasswordPolicy,
  putSessionPolicy,
  putSocialProviders,
  putTwoFactor,
  updateGeneral,
} from "./settings";
import { health, openApi } from "./system";
import { listTenantKeys, revokeTenantKey } from "./tenant-api-keys";
import {
  deleteWorkspaceMember,
  getWorkspace,
  listWorkspaceMembers,
  listWorkspaces,
  patchWorkspace,
  postWorkspace,
  putWorkspaceMember,
  removeWorkspace,
} from "./workspaces";

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
  putDateTime,
  putTwoFactor,
  putApiKeyPolicy,
  putInvitationLifetime,
  putAuditRetention,
  putDefaultWorkspace,
  getSecurity,
  putAuthorizedDomains,
  putSessionPolicy,
  putPasswordPolicy,
  putSocialProviders,
  getAi,
  putAi,
  roles,
  listGroups,
  postGroup,
  getGroup,
  patchGroup,
  removeGroup,
  listGroupMembers,
  addMembersToGroup,
  removeMemberFromGroup,
  listWorkspaces,
  postWorkspace,
  getWorkspace,
  patchWorkspace,
  removeWorkspace,
  listWorkspaceMembers,
  putWorkspaceMember,
  deleteWorkspaceMember,
  auditEventList,
  auditEventDetail,
  auditChainCheck,
  auditEventExport,
  memberAccess,
  listInvitationsRoute,
  createInvitationsRoute,
  resendInvitationRoute,
  cancelInvitationRoute,
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
