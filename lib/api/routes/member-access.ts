import "server-only";
import { z } from "zod";
import { getMemberAccessPage, ZMemberAccess } from "@/lib/access/member-access-page";
import { ZWorkspacePageQuery } from "@/lib/workspaces/list-workspaces-page";
import { defineRoute } from "../define-route";

export const memberAccess = defineRoute({
  method: "GET",
  path: "/members/{id}/access",
  tag: "Effective access",
  summary: "A member's effective access in every workspace",
  description:
    "Each workspace where the member holds a role, the role, every grant that gives it (direct, group, tenant role) and the permissions that follow — the resolution the server enforces. Anyone may ask about themself; asking about others requires `access:read_all` (Admin). By workspace name.",
  auth: "api_key",
  params: z.object({ id: z.uuid() }),
  query: ZWorkspacePageQuery,
  response: ZMemberAccess,
  handle: ({ caller, params, query }) => getMemberAccessPage(caller, params.id, query),
});
