import { routeHandler } from "@/lib/api/route-handler";
import { getSecurity } from "@/lib/api/routes/settings";

export const GET = routeHandler(getSecurity);
