import { routeHandler } from "@/lib/api/route-handler";
import { getGroup, patchGroup, removeGroup } from "@/lib/api/routes/groups";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(getGroup);
export const PATCH = routeHandler(patchGroup);
export const DELETE = routeHandler(removeGroup);
export const { POST, PUT, OPTIONS } = methodsNotAllowed(["GET", "PATCH", "DELETE"]);
