import { unknownPath } from "@/lib/api/unserved";

// Any path below /api/v1 that no other route file matches: a JSON 404, never the console's HTML page.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = unknownPath;
