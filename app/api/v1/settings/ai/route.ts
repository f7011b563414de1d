import { routeHandler } from "@/lib/api/route-handler";
import { getAi, putAi } from "@/lib/api/routes/settings";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(getAi);
export const PUT = routeHandler(putAi);
export const { POST, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET", "PUT"]);
