import { routeHandler } from "@/lib/api/route-handler";
import { auditEventList } from "@/lib/api/routes/audit-events";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(auditEventList);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
