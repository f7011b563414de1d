import { routeHandler } from "@/lib/api/route-handler";
import { getSecurity } from "@/lib/api/routes/settings";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(getSecurity);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
