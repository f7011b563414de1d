import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { AuditEventRecord } from "@/lib/audit/event-dto";
import { buildRequest, readResponse, webhookSignature } from "@/lib/audit/stream/payload";

const event = { id: 7, idempotencyKey: "t:7", occurredAt: "2025-01-02T03:04:05.000Z", action: "user.invited" } as AuditEventRecord;
const now = new Date("2025-01-02T03:04:06.000Z");

describe("SIEM payloads", () => {
  it("signs webhook bodies over timestamp and body with HMAC-SHA256", () => {
    const request = buildRequest({ kind: "webhook", url: "https://h.example/x", indexName: null }, "s3cret", [event], now);
    expect(request.headers["x-gatehouse-timestamp"]).toBe("1735787046");
    expect(request.headers["x-gatehouse-signature"]).toBe(`sha256=${createHmac("sha256", "s3cret").update(`1735787046.${request.body}`).digest("hex")}`);
    expect(webhookSignature("other", "1735787046", request.body)).not.toBe(request.headers["x-gatehouse-signature"]);
    expect(JSON.parse(request.body)).toEqual({ source: "gatehouse", events: [event] });
  });

  it("uses Splunk's and Elasticsearch's endpoint paths unless a path is given", () => {
    expect(buildRequest({ kind: "splunk_hec", url: "https://s.example:8088", indexName: null }, "t", [event], now).url).toBe("https://s.example:8088/services/collector/event");
    expect(buildRequest({ kind: "splunk_hec", url: "https://s.example/custom", indexName: null }, "t", [event], now).url).toBe("https://s.example/custom");
    const bulk = buildRequest({ kind: "elasticsearch", url: "https://es.example", indexName: "audit" }, "key", [event], now);
    expect(bulk.url).toBe("https://es.example/_bulk");
    expect(bulk.body).toBe(`{"create":{"_index":"audit","_id":"t:7"}}\n${JSON.stringify(event)}\n`);
    expect(bulk.headers.authorization).toBe("ApiKey key");
  });

  it("reads Elasticsearch bulk answers: a 409 (already there) is success, another item error is not", () => {
    expect(readResponse("elasticsearch", 200, JSON.stringify({ errors: true, items: [{ create: { status: 201 } }, { create: { status: 409 } }] }))).toEqual({ ok: true });
    expect(readResponse("elasticsearch", 200, JSON.stringify({ errors: true, items: [{ create: { status: 400, error: { type: "mapper_parsing_exception", reason: "bad" } } }] }))).toEqual({
      ok: false,
      error: "Elasticsearch refused an event: mapper_parsing_exception bad",
    });
    expect(readResponse("webhook", 503, "  busy \n later ")).toEqual({ ok: false, error: "HTTP 503: busy later" });
    expect(readResponse("splunk_hec", 200, "{}")).toEqual({ ok: true });
  });
});
