import { routeHandler } from "@/lib/api/route-handler";
import { createKey, listKeys } from "@/lib/api/routes/api-keys";
import { methodsNotAllowed } from "@/lib/api/unserved";

export const GET = routeHandler(listKeys);
export const POST = routeHandler(createKey);
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(["GET", "POST"]);
