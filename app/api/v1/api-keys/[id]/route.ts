import { routeHandler } from "@/lib/api/route-handler";
import { deleteKey, getKey, updateKey } from "@/lib/api/routes/api-keys";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(getKey);
export const PATCH = routeHandler(updateKey);
export const DELETE = routeHandler(deleteKey);
export const { POST, PUT, OPTIONS } = methodsNotAllowed(["GET", "PATCH", "DELETE"]);
