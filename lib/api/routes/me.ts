import "server-only";
import { getMe, ZMe } from "@/lib/me/get-me";
import { defineRoute } from "../define-route";

export const me = defineRoute({
  method: "GET",
  path: "/me",
  tag: "Me",
  summary: "The key's owner, tenant, role and effective permissions",
  auth: "api_key",
  permission: "profile:read",
  response: ZMe,
  handle: async ({ caller }) => getMe(caller),
});
