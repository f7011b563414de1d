import { routeHandler } from "@/lib/api/route-handler";
import { revokeTenantKey } from "@/lib/api/routes/tenant-api-keys";

export const DELETE = routeHandler(revokeTenantKey);
