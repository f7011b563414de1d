import { routeHandler } from "@/lib/api/route-handler";
import { deleteServiceAccountRoute, getServiceAccountRoute, updateServiceAccountRoute } from "@/lib/api/routes/service-accounts";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(getServiceAccountRoute);
export const PATCH = routeHandler(updateServiceAccountRoute);
export const DELETE = routeHandler(deleteServiceAccountRoute);
export const { POST, PUT, OPTIONS } = methodsNotAllowed(["GET", "PATCH", "DELETE"]);
