import { routeHandler } from "@/lib/api/route-handler";
import { roles } from "@/lib/api/routes/roles";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(roles);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
