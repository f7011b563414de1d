import { routeHandler } from "@/lib/api/route-handler";
import { deleteServiceAccountRoute, getServiceAccountRoute, updateServiceAccountRoute } from "@/lib/api/routes/service-accounts";

export const GET = routeHandler(getServiceAccountRoute);
export const PATCH = routeHandler(updateServiceAccountRoute);
export const DELETE = routeHandler(deleteServiceAccountRoute);
