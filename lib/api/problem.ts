import { z } from "zod";
import { ERROR_STATUS, type ErrorCode, type FieldErrors } from "@/lib/action/errors";

const TITLE: Record<ErrorCode, string> = {
  malformed_request: "Malformed request",
  unauthenticated: "Authentication required",
  forbidden: "Forbidden",
  not_found: "Not found",
  method_not_allowed: "Method not allowed",
  payload_too_large: "Payload too large",
  validation_failed: "Validation failed",
  conflict: "Conflict",
  invariant_violation: "Invariant violation",
  rate_limited: "Too many requests",
  internal: "Internal error",
};

/** RFC 9457 problem details: `code` is stable (clients branch on it); `detail` is written for people. */
export const ZProblem = z
  .object({
    type: z.string().meta({ description: "`urn:gatehouse:problem:<code>`" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    instance: z.string().optional(),
    errors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Messages per input field (422)." }),
  });

export function problemResponse(
  code: ErrorCode,
  detail: string,
  options: { instance?: string; errors?: FieldErrors; headers?: Record<string, string> } = {},
): Response {
  const status = ERROR_STATUS[code];
  const body: z.infer<typeof ZProblem> = { type: `urn:gatehouse:problem:${code}`, title: TITLE[code], status, detail, code };
  if (options.instance) body.instance = options.instance;
  if (options.errors) body.errors = options.errors;
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json", ...options.headers } });
}
