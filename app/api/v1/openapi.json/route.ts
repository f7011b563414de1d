import { routeHandler } from "@/lib/api/route-handler";
import { openApi } from "@/lib/api/routes/system";

export const GET = routeHandler(openApi);
