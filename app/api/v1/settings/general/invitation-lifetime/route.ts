import { routeHandler } from "@/lib/api/route-handler";
import { putInvitationLifetime } from "@/lib/api/routes/settings";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const PUT = routeHandler(putInvitationLifetime);
export const { GET, POST, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["PUT"]);
