import { DomainError } from "@/lib/action/errors";

const MAX_BODY_BYTES = 1_000_000;

/** The JSON body as a value ({} when there is none); anything else is a 400 or 413 refusal, never a crash. */
export async function readJsonBody(request: Request): Promise<unknown> {
  if (request.method === "GET" || request.method === "DELETE" || request.method === "HEAD") return {};
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new DomainError("payload_too_large", `A request body has at most ${MAX_BODY_BYTES} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new DomainError("payload_too_large", `A request body has at most ${MAX_BODY_BYTES} bytes.`);
  if (text.trim() === "") return {};
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new DomainError("malformed_request", "Send the body as JSON with Content-Type: application/json.");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError("malformed_request", "The request body is not valid JSON.");
  }
}

/** A JSON body that is not an object (e.g. `[]`) contributes nothing; the action then reports what is missing. */
export function asObject(body: unknown): Record<string, unknown> {
  return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
