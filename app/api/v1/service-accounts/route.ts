import { routeHandler } from "@/lib/api/route-handler";
import { createServiceAccountRoute, listServiceAccountsRoute } from "@/lib/api/routes/service-accounts";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(listServiceAccountsRoute);
export const POST = routeHandler(createServiceAccountRoute);
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET", "POST"]);
