import { routeHandler } from "@/lib/api/route-handler";
import { createKey, listKeys } from "@/lib/api/routes/api-keys";

export const GET = routeHandler(listKeys);
export const POST = routeHandler(createKey);
