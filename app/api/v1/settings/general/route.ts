import { routeHandler } from "@/lib/api/route-handler";
import { getGeneral, updateGeneral } from "@/lib/api/routes/settings";

export const GET = routeHandler(getGeneral);
export const PATCH = routeHandler(updateGeneral);
