import { routeHandler } from "@/lib/api/route-handler";
import { getWorkspace, patchWorkspace, removeWorkspace } from "@/lib/api/routes/workspaces";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(getWorkspace);
export const PATCH = routeHandler(patchWorkspace);
export const DELETE = routeHandler(removeWorkspace);
export const { POST, PUT, OPTIONS } = methodsNotAllowed(["GET", "PATCH", "DELETE"]);
