import { routeHandler } from "@/lib/api/route-handler";
import { listGroups, postGroup } from "@/lib/api/routes/groups";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(listGroups);
export const POST = routeHandler(postGroup);
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET", "POST"]);
