import { routeHandler } from "@/lib/api/route-handler";
import { roles } from "@/lib/api/routes/roles";

export const GET = routeHandler(roles);
