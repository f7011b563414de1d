import { routeHandler } from "@/lib/api/route-handler";
import { putAuthorizedDomains } from "@/lib/api/routes/settings";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const PUT = routeHandler(putAuthorizedDomains);
export const { GET, POST, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["PUT"]);
