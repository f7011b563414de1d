import { createHmac } from "node:crypto";
import { and, asc, eq, gte } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { auditEvents, auditOutbox, auditStreamDestinations } from "@/db/schema";
import { idempotencyKeyOf } from "@/lib/audit/event-dto";
import { createStreamDestination } from "@/lib/audit/stream/create-stream-destination";
import { deleteStreamDestination } from "@/lib/audit/stream/delete-stream-destination";
import { deliverOutboxOnce, startOutboxWorker, type DeliveryOptions } from "@/lib/audit/stream/deliver-outbox";
import { listStreamDestinations } from "@/lib/audit/stream/list-stream-destinations";
import { testStreamDestination } from "@/lib/audit/stream/test-stream-destination";
import { updateStreamDestination } from "@/lib/audit/stream/update-stream-destination";
import { decrypt } from "@/lib/crypto/secret-box";
import { getDb } from "@/lib/db";
import { updateGeneralSettings } from "@/lib/tenants/update-general-settings";
import { SiemReceiver } from "../support/siem-receiver";
import { META, seedTenant } from "./support/fixtures";

const FAST: DeliveryOptions & { pollMs: number } = { batchSize: 50, leaseMs: 5_000, timeoutMs: 1_000, backoffBaseMs: 50, backoffMaxMs: 400, pollMs: 30 };
const SECRET = "webhook-signing-secret-1";

const receivers: SiemReceiver[] = [];
async function receiver() {
  const r = await new SiemReceiver().start();
  receivers.push(r);
  return r;
}
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.stop()));
});

const eventsOf = (tenantId: string) => getDb().select().from(auditEvents).where(eq(auditEvents.tenantId, tenantId)).orderBy(asc(auditEvents.seq));
const destinationsOf = (tenantId: string) => getDb().select().from(auditStreamDestinations).where(eq(auditStreamDestinations.tenantId, tenantId));

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000) {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timedRenames(caller: Parameters<typeof updateGeneralSettings.execute>[0], label: string, n = 15) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await updateGeneralSettings.execute(caller, { name: `${label} ${i}` }, META);
    times.push(performance.now() - start);
  }
  return median(times);
}

describe("SIEM destinations", () => {
  it("an Admin adds, changes and removes one; the credential is encrypted at rest and never audited", async () => {
    const r = await receiver();
    const { tenantId, members } = await seedTenant(["admin"]);
    const admin = members[0]!.caller;
    const { id } = await createStreamDestination.execute(admin, { kind: "webhook", name: "Hook", url: `${r.url}/in`, secret: SECRET }, META);
    const [stored] = await destinationsOf(tenantId);
    expect(stored!.secretCiphertext).not.toContain(SECRET);
    expect(decrypt(stored!.secretCiphertext)).toBe(SECRET);

    await updateStreamDestination.execute(admin, { id, name: "Hook 2", url: `${r.url}/in2`, secret: "", enabled: "on" }, META);
    expect((await destinationsOf(tenantId))[0]).toMatchObject({ name: "Hook 2", url: `${r.url}/in2`, secretCiphertext: stored!.secretCiphertext, enabled: true });
    await updateStreamDestination.execute(admin, { id, name: "Hook 2", url: `${r.url}/in2`, secret: "rotated-secret-2" }, META);
    expect((await destinationsOf(tenantId))[0]).toMatchObject({ enabled: false });
    expect(decrypt((await destinationsOf(tenantId))[0]!.secretCiphertext)).toBe("rotated-secret-2");

    await deleteStreamDestination.execute(admin, { id }, META);
    expect(await destinationsOf(tenantId)).toHaveLength(0);
    const events = await eventsOf(tenantId);
    expect(events.map((e) => e.action)).toEqual(["audit.stream.created", "audit.stream.updated", "audit.stream.updated", "audit.stream.deleted"]);
    expect(events[2]!.details).toMatchObject({ after: { credentialReplaced: true } });
    expect(JSON.stringify(events)).not.toMatch(/webhook-signing-secret|rotated-secret/);
  });

  it("refuses a Builder, another tenant's destination and bad input, changing nothing", async () => {
    const a = await seedTenant(["admin", "builder"]);
    const b = await seedTenant(["admin"]);
    const { id } = await createStreamDestination.execute(b.members[0]!.caller, { kind: "webhook", name: "B", url: "https://siem.example.test/b", secret: SECRET }, META);
    const builder = a.members[1]!.caller;
    await expect(createStreamDestination.execute(builder, { kind: "webhook", name: "X", url: "https://siem.example.test", secret: SECRET }, META)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listStreamDestinations(builder)).rejects.toMatchObject({ code: "forbidden" });
    await expect(testStreamDestination(builder, id)).rejects.toMatchObject({ code: "forbidden" });
    const admin = a.members[0]!.caller;
    await expect(updateStreamDestination.execute(admin, { id, name: "Mine", url: "https://evil.example.test", secret: "" }, META)).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteStreamDestination.execute(admin, { id }, META)).rejects.toMatchObject({ code: "not_found" });
    await expect(testStreamDestination(admin, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(createStreamDestination.execute(admin, { kind: "ftp", name: "", url: "ftp://x", secret: "short" }, META)).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: {
        kind: ["Choose a destination type."],
        name: ["Enter a name."],
        url: ["Enter an http(s) URL without credentials, such as https://siem.example.com/hooks/gatehouse."],
        secret: ["Enter the secret or token (at least 8 characters)."],
      },
    });
    await expect(createStreamDestination.execute(admin, { kind: "elasticsearch", name: "ES", url: "https://es.example.test", secret: SECRET }, META)).rejects.toMatchObject({
      fieldErrors: { indexName: ["Enter the Elasticsearch index."] },
    });
    expect(await destinationsOf(a.tenantId)).toHaveLength(0);
    expect((await destinationsOf(b.tenantId))[0]).toMatchObject({ name: "B", url: "https://siem.example.test/b" });
    expect(await eventsOf(a.tenantId)).toHaveLength(0);
  });

  it("test connection reports what the destination answered", async () => {
    const r = await receiver();
    const { members } = await seedTenant(["admin"]);
    const admin = members[0]!.caller;
    const { id } = await createStreamDestination.execute(admin, { kind: "webhook", name: "Hook", url: r.url, secret: SECRET }, META);
    expect(await testStreamDestination(admin, id)).toEqual({ ok: true, message: "Hook accepted the test message." });
    expect(JSON.parse(r.requests[0]!.body)).toEqual({ source: "gatehouse", test: true, events: [] });
    r.status = 401;
    r.responseBody = "bad signature";
    expect(await testStreamDestination(admin, id)).toEqual({ ok: false, message: "Hook did not accept the test message: HTTP 401: bad signature" });
    await r.stop();
    expect((await testStreamDestination(admin, id)).message).toMatch(/^Hook did not accept the test message: .*(ECONNREFUSED|ECONNRESET)/);
  });
});

describe("streaming through the outbox", () => {
  it("queues an event for each enabled destination in the event's own transaction", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const admin = members[0]!.caller;
    const on = await createStreamDestination.execute(admin, { kind: "webhook", name: "On", url: "https://siem.example.test/on", secret: SECRET }, META);
    const off = await createStreamDestination.execute(admin, { kind: "webhook", name: "Off", url: "https://siem.example.test/off", secret: SECRET }, META);
    await updateStreamDestination.execute(admin, { id: off.id, name: "Off", url: "https://siem.example.test/off", secret: "" }, META);
    const queued = async (destinationId: string) => (await getDb().select().from(auditOutbox).where(eq(auditOutbox.destinationId, destinationId))).length;
    const onBefore = await queued(on.id);
    await updateGeneralSettings.execute(admin, { name: "Queued Corp" }, META);
    expect(await queued(on.id)).toBe(onBefore + 1);
    expect(await queued(off.id)).toBe(1); // only its own creation event, from when it was enabled
    await expect(updateGeneralSettings.execute(admin, { name: "" }, META)).rejects.toMatchObject({ code: "validation_failed" });
    expect(await queued(on.id)).toBe(onBefore + 1);
    expect((await eventsOf(tenantId)).at(-1)!.action).toBe("settings.general.updated");
  });

  it("delivers signed batches; a dead or hanging receiver slows no request; the backlog arrives after a restart, each event exactly once", async () => {
    const r = await receiver();
    const { tenantId, members } = await seedTenant(["admin"]);
    const admin = members[0]!.caller;
    const { id } = await createStreamDestination.execute(admin, { kind: "webhook", name: "Hook", url: `${r.url}/audit`, secret: SECRET }, META);
    const firstEventId = (await eventsOf(tenantId))[0]!.id;
    const backlog = async () => (await listStreamDestinations(admin))[0]!.backlog;

    let worker = startOutboxWorker(getDb(), FAST);
    const upMedian = await timedRenames(admin, "Up");
    await until(async () => (await backlog()) === 0);

    await r.stop();
    const downMedian = await timedRenames(admin, "Down");
    r.hang = true;
    await r.start();
    const hangingMedian = await timedRenames(admin, "Hanging");
    await until(async () => Boolean((await listStreamDestinations(admin))[0]!.lastError));
    expect(await backlog()).toBeGreaterThan(0);
    // A user's request never waits for the SIEM: only the outbox insert is added to it.
    expect(downMedian).toBeLessThan(upMedian * 3 + 25);
    expect(hangingMedian).toBeLessThan(upMedian * 3 + 25);

    await worker.stop(); // the app stops with a backlog
    r.hang = false;
    await r.stop();
    await r.start();
    worker = startOutboxWorker(getDb(), FAST); // …and starts again
    await until(async () => (await backlog()) === 0);
    await worker.stop();

    const expected = (await getDb().select().from(auditEvents).where(and(eq(auditEvents.tenantId, tenantId), gte(auditEvents.id, firstEventId)))).map(idempotencyKeyOf);
    const received = r.webhookEvents().map((e) => e.idempotencyKey);
    expect(new Set(received)).toEqual(new Set(expected));
    expect(received).toHaveLength(expected.length);
    expect(expected.length).toBe(46);
    for (const request of r.requests) {
      const timestamp = request.headers["x-gatehouse-timestamp"] as string;
      const signature = `sha256=${createHmac("sha256", SECRET).update(`${timestamp}.${request.body}`).digest("hex")}`;
      expect(request.headers["x-gatehouse-signature"]).toBe(signature);
      expect(request.path).toBe("/audit");
    }
    const [status] = await listStreamDestinations(admin);
    expect(status).toMatchObject({ id, backlog: 0, lastError: expect.stringMatching(/ECONNREFUSED|ECONNRESET|no answer within/) });
    expect(status!.lastSuccessText).toMatch(/UTC$/);
  });

  it("speaks Splunk HEC and the Elasticsearch bulk API", async () => {
    const r = await receiver();
    r.responseBody = JSON.stringify({ errors: false, items: [], code: 0 });
    const { tenantId, members } = await seedTenant(["admin"]);
    const admin = members[0]!.caller;
    await createStreamDestination.execute(admin, { kind: "splunk_hec", name: "Splunk", url: r.url, secret: "hec-token-123" }, META);
    await createStreamDestination.execute(admin, { kind: "elasticsearch", name: "ES", url: r.url, secret: "es-api-key-123", indexName: "gatehouse-audit" }, META);
    await until(async () => {
      await deliverOutboxOnce(getDb(), FAST);
      return (await listStreamDestinations(admin)).every((d) => d.backlog === 0);
    });
    const events = await eventsOf(tenantId);
    const splunk = r.requests.filter((q) => q.path === "/services/collector/event");
    expect(splunk.every((q) => q.headers.authorization === "Splunk hec-token-123")).toBe(true);
    const splunkEvents = splunk.flatMap((q) => q.body.split("\n").map((line) => JSON.parse(line) as { sourcetype: string; event: { idempotencyKey: string } }));
    expect(splunkEvents.map((e) => e.event.idempotencyKey).sort()).toEqual(events.map(idempotencyKeyOf).sort());
    expect(splunkEvents[0]!.sourcetype).toBe("gatehouse:audit");
    const bulk = r.requests.filter((q) => q.path === "/_bulk");
    expect(bulk.every((q) => q.headers.authorization === "ApiKey es-api-key-123" && q.headers["content-type"] === "application/x-ndjson")).toBe(true);
    const lines = bulk.flatMap((q) => q.body.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>));
    expect(lines.filter((_, i) => i % 2 === 0)).toEqual([{ create: { _index: "gatehouse-audit", _id: idempotencyKeyOf(events[1]!) } }]);
  });
});
