import { routeHandler } from "@/lib/api/route-handler";
import { putSocialProviders } from "@/lib/api/routes/settings";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const PUT = routeHandler(putSocialProviders);
export const { GET, POST, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["PUT"]);
