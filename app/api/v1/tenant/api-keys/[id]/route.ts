import { routeHandler } from "@/lib/api/route-handler";
import { revokeTenantKey } from "@/lib/api/routes/tenant-api-keys";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const DELETE = routeHandler(revokeTenantKey);
export const { GET, POST, PUT, PATCH, OPTIONS } = methodsNotAllowed(["DELETE"]);
