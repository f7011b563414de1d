import { routeHandler } from "@/lib/api/route-handler";
import { getAi } from "@/lib/api/routes/settings";

export const GET = routeHandler(getAi);
