import { routeHandler } from "@/lib/api/route-handler";
import { putDefaultWorkspace } from "@/lib/api/routes/settings";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const PUT = routeHandler(putDefaultWorkspace);
export const { GET, POST, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["PUT"]);
