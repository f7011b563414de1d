import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitations } from "@/db/schema";
import { getDb } from "@/lib/db";
import * as listRoute from "@/app/api/v1/invitations/route";
import * as oneRoute from "@/app/api/v1/invitations/[id]/route";
import * as resendRoute from "@/app/api/v1/invitations/[id]/resend/route";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server";
import { callApi, eventsOf, newKey } from "./support/api";
import { seedTenant } from "./support/fixtures";

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  delete (globalThis as { gatehouseMailer?: unknown }).gatehouseMailer;
});
afterAll(() => smtp.stop());

describe("/api/v1/invitations", () => {
  it("invites a batch, lists, resends and cancels with an Admin's key; the secret link is only in the mail", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const { secret } = await newKey(members[0]!.caller);
    const tag = Math.random().toString(36).slice(2, 8);
    const emails = [`api-a-${tag}@example.test`, `api-b-${tag}@example.test`, "nope", `api-a-${tag}@example.test`];

    const created = await callApi(listRoute.POST, { path: "/invitations", key: secret, body: { emails, role: "consumer" } });
    expect(created.status).toBe(201);
    expect((created.body!.invited as { email: string }[]).map((i) => i.email)).toEqual(emails.slice(0, 2));
    expect((created.body!.refused as { problem: string }[]).map((r) => r.problem)).toEqual(["invalid", "duplicate"]);
    const mail = await smtp.waitFor((m) => m.to.includes(emails[0]!));
    const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    expect(JSON.stringify(created.body)).not.toContain(token);
    expect((await eventsOf(tenantId, "invitation.created"))[0]).toMatchObject({ actorType: "api_key" });

    const list = await callApi(listRoute.GET, { path: "/invitations?limit=1", key: secret });
    expect(list.status).toBe(200);
    expect(list.body!.data).toHaveLength(1);
    const next = await callApi(listRoute.GET, { path: `/invitations?limit=1&cursor=${list.body!.nextCursor as string}`, key: secret });
    const ids = [...(list.body!.data as { id: string }[]), ...(next.body!.data as { id: string }[])].map((i) => i.id);
    expect(new Set(ids).size).toBe(2);
    expect((next.body!.data as { status: string }[])[0]!.status).toBe("invited");

    const id = ids[0]!;
    const resent = await callApi(resendRoute.POST, { path: `/invitations/${id}/resend`, key: secret, params: { id } });
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ invitation: { id }, mailFailures: [] });

    const cancelled = await callApi(oneRoute.DELETE, { path: `/invitations/${id}`, key: secret, params: { id } });
    expect(cancelled.status).toBe(204);
    expect((await getDb().select().from(invitations).where(eq(invitations.id, id)))[0]!.status).toBe("cancelled");
    expect((await callApi(oneRoute.DELETE, { path: `/invitations/${id}`, key: secret, params: { id } })).status).toBe(409);
  });

  it("a Builder's key reads the list but cannot invite; bad input is a 422 that changes nothing", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const builder = await newKey(members[1]!.caller);
    const admin = await newKey(members[0]!.caller);
    expect((await callApi(listRoute.GET, { path: "/invitations", key: builder.secret })).status).toBe(200);
    expect((await callApi(listRoute.POST, { path: "/invitations", key: builder.secret, body: { emails: ["x@example.test"], role: "consumer" } })).status).toBe(403);
    const invalid = await callApi(listRoute.POST, { path: "/invitations", key: admin.secret, body: { emails: [], role: "owner" } });
    expect(invalid.status).toBe(422);
    expect(await getDb().select().from(invitations).where(eq(invitations.tenantId, tenantId))).toEqual([]);
  });
});
