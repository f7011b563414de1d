import { routeHandler } from "@/lib/api/route-handler";
import { auditEventExport } from "@/lib/api/routes/audit-events";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(auditEventExport);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
