import { routeHandler } from "@/lib/api/route-handler";
import { getMemberRoute, removeMemberRoute, updateMemberRoute } from "@/lib/api/routes/members";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(getMemberRoute);
export const PATCH = routeHandler(updateMemberRoute);
export const DELETE = routeHandler(removeMemberRoute);
export const { POST, PUT, OPTIONS } = methodsNotAllowed(["GET", "PATCH", "DELETE"]);
