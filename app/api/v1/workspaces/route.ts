import { routeHandler } from "@/lib/api/route-handler";
import { listWorkspaces, postWorkspace } from "@/lib/api/routes/workspaces";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(listWorkspaces);
export const POST = routeHandler(postWorkspace);
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET", "POST"]);
