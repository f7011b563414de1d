import { routeHandler } from "@/lib/api/route-handler";
import { me } from "@/lib/api/routes/me";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(me);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
