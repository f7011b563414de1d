import { routeHandler } from "@/lib/api/route-handler";
import { regenerateKey } from "@/lib/api/routes/api-keys";

export const POST = routeHandler(regenerateKey);
