import { routeHandler } from "@/lib/api/route-handler";
import { openApi } from "@/lib/api/routes/system";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(openApi);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
