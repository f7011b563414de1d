import { routeHandler } from "@/lib/api/route-handler";
import { listWorkspaceMembers } from "@/lib/api/routes/workspaces";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(listWorkspaceMembers);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
