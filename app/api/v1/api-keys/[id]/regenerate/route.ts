import { routeHandler } from "@/lib/api/route-handler";
import { regenerateKey } from "@/lib/api/routes/api-keys";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const POST = routeHandler(regenerateKey);
export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["POST"]);
