import { routeHandler } from "@/lib/api/route-handler";
import { auditChainCheck } from "@/lib/api/routes/audit-events";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(auditChainCheck);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
