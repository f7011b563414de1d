import { routeHandler } from "@/lib/api/route-handler";
import { removeMemberFromGroup } from "@/lib/api/routes/groups";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const DELETE = routeHandler(removeMemberFromGroup);
export const { GET, POST, PUT, PATCH, OPTIONS } = methodsNotAllowed(["DELETE"]);
