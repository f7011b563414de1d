import { routeHandler } from "@/lib/api/route-handler";
import { putApiKeyPolicy } from "@/lib/api/routes/settings";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const PUT = routeHandler(putApiKeyPolicy);
export const { GET, POST, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["PUT"]);
