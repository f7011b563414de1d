import { routeHandler } from "@/lib/api/route-handler";
import { listTenantKeys } from "@/lib/api/routes/tenant-api-keys";

export const GET = routeHandler(listTenantKeys);
