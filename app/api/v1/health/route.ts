import { routeHandler } from "@/lib/api/route-handler";
import { health } from "@/lib/api/routes/system";

export const GET = routeHandler(health);
