import { routeHandler } from "@/lib/api/route-handler";
import { addMembersToGroup, listGroupMembers } from "@/lib/api/routes/groups";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(listGroupMembers);
export const POST = routeHandler(addMembersToGroup);
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET", "POST"]);
