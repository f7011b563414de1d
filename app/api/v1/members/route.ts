import { routeHandler } from "@/lib/api/route-handler";
import { listMembersRoute } from "@/lib/api/routes/members";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(listMembersRoute);
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET"]);
