import { routeHandler } from "@/lib/api/route-handler";
import { cancelInvitationRoute } from "@/lib/api/routes/invitations";

export const DELETE = routeHandler(cancelInvitationRoute);
