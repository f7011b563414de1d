import { routeHandler } from "@/lib/api/route-handler";
import { auditEventDetail } from "@/lib/api/routes/audit-events";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(auditEventDetail);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
