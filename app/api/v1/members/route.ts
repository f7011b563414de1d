import { routeHandler } from "@/lib/api/route-handler";
import { listMembersRoute } from "@/lib/api/routes/members";

export const GET = routeHandler(listMembersRoute);
