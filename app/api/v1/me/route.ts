import { routeHandler } from "@/lib/api/route-handler";
import { me } from "@/lib/api/routes/me";

export const GET = routeHandler(me);
