import { routeHandler } from "@/lib/api/route-handler";
import { memberAccess } from "@/lib/api/routes/member-access";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(memberAccess);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
