import { routeHandler } from "@/lib/api/route-handler";
import { createInvitationsRoute, listInvitationsRoute } from "@/lib/api/routes/invitations";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(listInvitationsRoute);
export const POST = routeHandler(createInvitationsRoute);
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET", "POST"]);
