import { routeHandler } from "@/lib/api/route-handler";
import { createServiceAccountRoute, listServiceAccountsRoute } from "@/lib/api/routes/service-accounts";

export const GET = routeHandler(listServiceAccountsRoute);
export const POST = routeHandler(createServiceAccountRoute);
