import { routeHandler } from "@/lib/api/route-handler";
import { resendInvitationRoute } from "@/lib/api/routes/invitations";

export const POST = routeHandler(resendInvitationRoute);
