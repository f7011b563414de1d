import { routeHandler } from "@/lib/api/route-handler";
import { putDateTime } from "@/lib/api/routes/settings";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const PUT = routeHandler(putDateTime);
export const { GET, POST, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["PUT"]);
