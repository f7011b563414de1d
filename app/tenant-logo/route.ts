import { getCaller } from "@/lib/auth/current-caller";
import { getLogoFile } from "@/lib/settings/tenant-logo";

/**
 * The uploaded logo of the caller's tenant (the tenant comes from the session, so no id in the address can point at
 * another tenant's). Its address carries a version, so browsers keep it for a year; the ETag answers revalidations.
 */
export async function GET(request: Request): Promise<Response> {
  const caller = await getCaller();
  const logo = caller ? await getLogoFile(caller) : null;
  if (!logo) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const etag = `"${logo.etag}"`;
  const headers = {
    "Content-Type": logo.contentType,
    ETag: etag,
    "Cache-Control": "private, max-age=31536000, immutable",
    "Content-Disposition": "inline",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(logo.bytes), { status: 200, headers: { ...headers, "Content-Length": String(logo.bytes.length) } });
}
