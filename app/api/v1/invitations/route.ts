import { routeHandler } from "@/lib/api/route-handler";
import { createInvitationsRoute, listInvitationsRoute } from "@/lib/api/routes/invitations";

export const GET = routeHandler(listInvitationsRoute);
export const POST = routeHandler(createInvitationsRoute);
