import { routeHandler } from "@/lib/api/route-handler";
import { listTenantKeys } from "@/lib/api/routes/tenant-api-keys";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(listTenantKeys);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
