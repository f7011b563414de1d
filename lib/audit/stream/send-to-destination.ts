import "server-only";
import type { AuditStreamDestinationRow } from "@/db/schema";
import { getConfig } from "@/lib/config/config";
import { decrypt } from "@/lib/crypto/secret-box";
import type { AuditEventRecord } from "../event-dto";
import { httpPost } from "./http-post";
import { buildRequest, readResponse } from "./payload";

export const DEFAULT_SEND_TIMEOUT_MS = 10_000;

/** One request to one destination; resolves to the outcome, never throws (a dead SIEM is an outcome, not an error). */
export async function sendToDestination(
  destination: Pick<AuditStreamDestinationRow, "kind" | "url" | "indexName" | "secretCiphertext">,
  events: AuditEventRecord[] | "test",
  timeoutMs = DEFAULT_SEND_TIMEOUT_MS,
): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    const request = buildRequest(destination, decrypt(destination.secretCiphertext), events, new Date());
    const response = await httpPost(request.url, request.body, request.headers, { timeoutMs, allowPrivateNetworks: getConfig().auditStreamAllowPrivateNetworks });
    return readResponse(destination.kind, response.status, response.body);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: (code && !message.includes(code) ? `${code}: ${message}` : message).slice(0, 200) };
  }
}
