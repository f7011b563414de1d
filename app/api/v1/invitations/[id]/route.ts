import { routeHandler } from "@/lib/api/route-handler";
import { cancelInvitationRoute } from "@/lib/api/routes/invitations";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const DELETE = routeHandler(cancelInvitationRoute);
export const { GET, POST, PUT, PATCH, OPTIONS } = methodsNotAllowed(["DELETE"]);
