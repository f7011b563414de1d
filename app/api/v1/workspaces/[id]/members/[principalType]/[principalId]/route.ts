import { routeHandler } from "@/lib/api/route-handler";
import { deleteWorkspaceMember, putWorkspaceMember } from "@/lib/api/routes/workspaces";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const PUT = routeHandler(putWorkspaceMember);
export const DELETE = routeHandler(deleteWorkspaceMember);
export const { GET, POST, PATCH, OPTIONS } = methodsNotAllowed(["PUT", "DELETE"]);
