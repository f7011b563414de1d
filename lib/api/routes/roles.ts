import "server-only";
import { listRoles, ZRoles } from "@/lib/roles/list-roles";
import { defineRoute } from "../define-route";

export const roles = defineRoute({
  method: "GET",
  path: "/roles",
  tag: "Roles",
  summary: "Every role and permission of the registry",
  auth: "api_key",
  permission: "roles:read",
  response: ZRoles,
  handle: async ({ caller }) => listRoles(caller),
});
