import { routeHandler } from "@/lib/api/route-handler";
import { getMemberRoute, removeMemberRoute, updateMemberRoute } from "@/lib/api/routes/members";

export const GET = routeHandler(getMemberRoute);
export const PATCH = routeHandler(updateMemberRoute);
export const DELETE = routeHandler(removeMemberRoute);
