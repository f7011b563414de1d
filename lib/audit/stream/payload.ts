import { createHmac } from "node:crypto";
import type { AuditEventRecord } from "../event-dto";

export const STREAM_KINDS = ["webhook", "splunk_hec", "elasticsearch"] as const;
export type StreamKind = (typeof STREAM_KINDS)[number];

export const STREAM_KIND_LABELS: Record<StreamKind, string> = {
  webhook: "Webhook (JSON, HMAC-signed)",
  splunk_hec: "Splunk HTTP Event Collector",
  elasticsearch: "Elasticsearch bulk API",
};

export type StreamTarget = { kind: StreamKind; url: string; indexName: string | null };
export type OutboundRequest = { url: string; body: string; headers: Record<string, string> };

export const SIGNATURE_HEADER = "x-gatehouse-signature";
export const TIMESTAMP_HEADER = "x-gatehouse-timestamp";

/** Webhook receivers recompute this over "<timestamp>.<raw body>" with the shared secret and compare. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** The product's documented endpoint path, unless the operator gave a path of their own. */
function withPath(url: string, path: string): string {
  const u = new URL(url);
  if (u.pathname === "/" || u.pathname === "") u.pathname = path;
  return u.toString();
}

const TEST_EVENT = { action: "gatehouse.connection_test", description: "Gatehouse connection test" };

/**
 * The HTTP request that carries a batch of events (or, with "test", a connection test) to one destination.
 * Every event carries its idempotency key: Elasticsearch uses it as the document id (a repeat is a 409 no-op);
 * webhook and Splunk receivers deduplicate on it.
 */
export function buildRequest(target: StreamTarget, secret: string, events: AuditEventRecord[] | "test", now: Date): OutboundRequest {
  switch (target.kind) {
    case "webhook": {
      const body = JSON.stringify(events === "test" ? { source: "gatehouse", test: true, events: [] } : { source: "gatehouse", events });
      const timestamp = String(Math.floor(now.getTime() / 1000));
      return {
        url: target.url,
        body,
        headers: { "content-type": "application/json", [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: webhookSignature(secret, timestamp, body) },
      };
    }
    case "splunk_hec": {
      const items = events === "test" ? [{ time: now.getTime() / 1000, event: TEST_EVENT }] : events.map((e) => ({ time: Date.parse(e.occurredAt) / 1000, event: e }));
      const body = items.map((item) => JSON.stringify({ ...item, source: "gatehouse", sourcetype: "gatehouse:audit" })).join("\n");
      return { url: withPath(target.url, "/services/collector/event"), body, headers: { "content-type": "application/json", authorization: `Splunk ${secret}` } };
    }
    case "elasticsearch": {
      const index = target.indexName ?? "gatehouse-audit";
      const docs = events === "test" ? [{ id: "gatehouse-connection-test", op: "index", doc: { ...TEST_EVENT, at: now.toISOString() } }] : events.map((e) => ({ id: e.idempotencyKey, op: "create", doc: e }));
      const body = docs.map((d) => `${JSON.stringify({ [d.op]: { _index: index, _id: d.id } })}\n${JSON.stringify(d.doc)}\n`).join("");
      return { url: withPath(target.url, "/_bulk"), body, headers: { "content-type": "application/x-ndjson", authorization: `ApiKey ${secret}` } };
    }
  }
}

type BulkItem = Record<string, { status?: number; error?: { type?: string; reason?: string } }>;

/** Whether the destination took the batch; for a refusal, a short reason that names no secret. */
export function readResponse(kind: StreamKind, status: number, body: string): { ok: true } | { ok: false; error: string } {
  const short = body.replace(/\s+/g, " ").trim().slice(0, 200);
  if (status < 200 || status >= 300) return { ok: false, error: `HTTP ${status}${short ? `: ${short}` : ""}` };
  if (kind !== "elasticsearch") return { ok: true };
  try {
    const parsed = JSON.parse(body) as { errors?: boolean; items?: BulkItem[] };
    if (!parsed.errors) return { ok: true };
    // "create" of an id that already exists answers 409: the event arrived before, which is what we want.
    const failed = (parsed.items ?? []).map((item) => Object.values(item)[0]).find((r) => r && r.status !== undefined && r.status >= 300 && r.status !== 409);
    return failed ? { ok: false, error: `Elasticsearch refused an event: ${failed.error?.type ?? failed.status} ${failed.error?.reason ?? ""}`.trim().slice(0, 200) } : { ok: true };
  } catch {
    return { ok: false, error: "Elasticsearch answered with something that is not a bulk response" };
  }
}
