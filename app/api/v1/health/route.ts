import { routeHandler } from "@/lib/api/route-handler";
import { health } from "@/lib/api/routes/system";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(health);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
