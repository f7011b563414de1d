import { routeHandler } from "@/lib/api/route-handler";
import { getGeneral, updateGeneral } from "@/lib/api/routes/settings";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(getGeneral);
export const PATCH = routeHandler(updateGeneral);
export const { POST, PUT, DELETE, OPTIONS } = methodsNotAllowed(["GET", "PATCH"]);
