import { routeHandler } from "@/lib/api/route-handler";
import { getAi } from "@/lib/api/routes/settings";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(getAi);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
