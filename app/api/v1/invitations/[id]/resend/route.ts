import { routeHandler } from "@/lib/api/route-handler";
import { resendInvitationRoute } from "@/lib/api/routes/invitations";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const POST = routeHandler(resendInvitationRoute);
export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["POST"]);
