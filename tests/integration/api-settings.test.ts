import { describe, expect, it } from "vitest";
import type { RouteHandler } from "@/lib/api/route-handler";
import * as aiRoute from "@/app/api/v1/settings/ai/route";
import * as generalRoute from "@/app/api/v1/settings/general/route";
import * as apiKeyPolicyRoute from "@/app/api/v1/settings/general/api-key-policy/route";
import * as auditRetentionRoute from "@/app/api/v1/settings/general/audit-retention/route";
import * as dateTimeRoute from "@/app/api/v1/settings/general/date-time/route";
import * as defaultWorkspaceRoute from "@/app/api/v1/settings/general/default-workspace/route";
import * as invitationLifetimeRoute from "@/app/api/v1/settings/general/invitation-lifetime/route";
import * as twoFactorRoute from "@/app/api/v1/settings/general/two-factor/route";
import * as securityRoute from "@/app/api/v1/settings/security/route";
import * as authorizedDomainsRoute from "@/app/api/v1/settings/security/authorized-domains/route";
import * as passwordPolicyRoute from "@/app/api/v1/settings/security/password-policy/route";
import * as sessionPolicyRoute from "@/app/api/v1/settings/security/session-policy/route";
import * as socialProvidersRoute from "@/app/api/v1/settings/security/social-providers/route";
import { callApi, eventsOf, newKey } from "./support/api";
import { seedTenant } from "./support/fixtures";
import { settingsOf } from "./support/settings-rows";
import { newWorkspace } from "./support/workspace-fixtures";

type Case = {
  handler: RouteHandler;
  path: string;
  /** The GET whose answer each write repeats. */
  read: RouteHandler;
  readPath: string;
  body: Record<string, unknown>;
  audit: string;
  /** The tenant_settings columns after the change, and the event's before/after. */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

const general = { read: generalRoute.GET, readPath: "/settings/general" };
const security = { read: securityRoute.GET, readPath: "/settings/security" };

const CASES: Case[] = [
  {
    ...general,
    handler: dateTimeRoute.PUT,
    path: "/settings/general/date-time",
    body: { dateFormat: "DD/MM/YYYY", timeFormat: "24h" },
    audit: "settings.date_time.updated",
    before: { dateFormat: "MM/DD/YYYY", timeFormat: "12h" },
    after: { dateFormat: "DD/MM/YYYY", timeFormat: "24h" },
  },
  {
    ...general,
    handler: twoFactorRoute.PUT,
    path: "/settings/general/two-factor",
    body: { requireTwoFactor: true },
    audit: "settings.two_factor.updated",
    before: { requireTwoFactor: false },
    after: { requireTwoFactor: true },
  },
  {
    ...general,
    handler: apiKeyPolicyRoute.PUT,
    path: "/settings/general/api-key-policy",
    body: { maxApiKeysPerOwner: 10, maxApiKeyLifetimeDays: 90 },
    audit: "settings.api_key_policy.updated",
    before: { maxApiKeysPerOwner: 5, maxApiKeyLifetimeDays: null },
    after: { maxApiKeysPerOwner: 10, maxApiKeyLifetimeDays: 90 },
  },
  {
    ...general,
    handler: invitationLifetimeRoute.PUT,
    path: "/settings/general/invitation-lifetime",
    body: { invitationLifetimeDays: 14 },
    audit: "settings.invitations.updated",
    before: { invitationLifetimeDays: 7 },
    after: { invitationLifetimeDays: 14 },
  },
  {
    ...general,
    handler: auditRetentionRoute.PUT,
    path: "/settings/general/audit-retention",
    body: { auditRetentionDays: 365 },
    audit: "settings.audit_retention.updated",
    before: { auditRetentionDays: 30 },
    after: { auditRetentionDays: 365 },
  },
  {
    ...security,
    handler: authorizedDomainsRoute.PUT,
    path: "/settings/security/authorized-domains",
    body: { authorizedDomains: ["Example.test", "@acme.example", "example.test"] },
    audit: "settings.authorized_domains.updated",
    before: { authorizedDomains: [] },
    after: { authorizedDomains: ["example.test", "acme.example"] },
  },
  {
    ...security,
    handler: sessionPolicyRoute.PUT,
    path: "/settings/security/session-policy",
    body: { sessionIdleMinutes: 30, sessionAbsoluteHours: 720 },
    audit: "settings.session_policy.updated",
    before: { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 },
    after: { sessionIdleMinutes: 30, sessionAbsoluteHours: 720 },
  },
  {
    ...security,
    handler: passwordPolicyRoute.PUT,
    path: "/settings/security/password-policy",
    body: { passwordMinLength: 16 },
    audit: "settings.password_policy.updated",
    before: { passwordMinLength: 12 },
    after: { passwordMinLength: 16 },
  },
  {
    ...security,
    handler: socialProvidersRoute.PUT,
    path: "/settings/security/social-providers",
    body: { allowGoogle: true, allowGithub: false, allowMicrosoft: true },
    audit: "settings.social_providers.updated",
    before: { allowGoogle: false, allowMicrosoft: false },
    after: { allowGoogle: true, allowMicrosoft: true },
  },
  {
    read: aiRoute.GET,
    readPath: "/settings/ai",
    handler: aiRoute.PUT,
    path: "/settings/ai",
    body: {
      copilotTestDataAccess: true,
      aiProvider: "bedrock",
      bedrockRegion: "us-east-1",
      bedrockRoleArn: "arn:aws:iam::123456789012:role/GatehouseBedrock",
      aiRequestsPerMinute: 40,
      aiMegabytesPerMinute: 5,
    },
    audit: "settings.ai.updated",
    before: { copilotTestDataAccess: false, aiProvider: "platform", bedrockRegion: null, aiMegabytesPerMinute: 3 },
    after: { copilotTestDataAccess: true, aiProvider: "bedrock", bedrockRegion: "us-east-1", aiMegabytesPerMinute: 5 },
  },
];

async function adminWithKeys() {
  const seeded = await seedTenant(["admin", "builder"]);
  const [admin, builder] = seeded.members;
  return {
    ...seeded,
    admin: admin!,
    write: await newKey(admin!.caller, { name: "Automation" }),
    read: await newKey(admin!.caller, { name: "Reader", scope: "read" }),
    builder: await newKey(builder!.caller, { name: "Builder key" }),
  };
}

/** Every settings event of the tenant (keys created by the test are not settings). */
const settingsEvents = async (tenantId: string) => (await eventsOf(tenantId)).filter((e) => e.action.startsWith("settings."));

describe.each(CASES)("PUT $path", (c) => {
  it("an Admin's read-write key changes the setting, answers the section as its GET does and is the audited actor", async () => {
    const { tenantId, admin, write } = await adminWithKeys();
    const response = await callApi(c.handler, { path: c.path, key: write.secret, body: c.body });
    expect(response.status).toBe(200);
    expect(response.body).toEqual((await callApi(c.read, { path: c.readPath, key: write.secret })).body);
    expect(await settingsOf(tenantId)).toMatchObject(c.after);
    const events = await settingsEvents(tenantId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: c.audit,
      actorType: "api_key",
      actorId: write.id,
      actorLabel: `Automation (${admin.email})`,
      targetId: tenantId,
      details: { before: expect.objectContaining(c.before), after: expect.objectContaining(c.after) },
    });

    // The same values again: answered, nothing written, nothing recorded.
    expect((await callApi(c.handler, { path: c.path, key: write.secret, body: c.body })).status).toBe(200);
    expect(await settingsEvents(tenantId)).toHaveLength(1);
  });

  it("refuses a read-only Admin key and a Builder's read-write key with 403, and changes nothing", async () => {
    const { tenantId, read, builder } = await adminWithKeys();
    const before = await settingsOf(tenantId);
    const readOnly = await callApi(c.handler, { path: c.path, key: read.secret, body: c.body });
    expect(readOnly.status).toBe(403);
    expect(readOnly.body).toMatchObject({ code: "forbidden", detail: "This API key is read-only; this request needs a read-write key." });
    const byBuilder = await callApi(c.handler, { path: c.path, key: builder.secret, body: c.body });
    expect(byBuilder.status).toBe(403);
    expect(byBuilder.body).toMatchObject({ code: "forbidden", detail: "You do not have permission to do that." });
    expect(await settingsOf(tenantId)).toEqual(before);
    expect(await settingsEvents(tenantId)).toHaveLength(0);
  });
});

describe("bad input to the settings endpoints", () => {
  const BAD: [RouteHandler, string, Record<string, unknown>, Record<string, string[]>][] = [
    [dateTimeRoute.PUT, "/settings/general/date-time", { dateFormat: "YYYY-MM-DD", timeFormat: "24h" }, { dateFormat: ["Choose a date format."] }],
    [twoFactorRoute.PUT, "/settings/general/two-factor", { requireTwoFactor: "yes" }, { requireTwoFactor: ["Choose true or false."] }],
    [
      apiKeyPolicyRoute.PUT,
      "/settings/general/api-key-policy",
      { maxApiKeysPerOwner: 51, maxApiKeyLifetimeDays: 60 },
      { maxApiKeysPerOwner: ["Enter a whole number from 1 to 50."], maxApiKeyLifetimeDays: ["Choose no limit or 7, 30, 90, 365 days."] },
    ],
    [auditRetentionRoute.PUT, "/settings/general/audit-retention", { auditRetentionDays: 1.5 }, { auditRetentionDays: ["Enter a whole number from 1 to 3650."] }],
    [
      authorizedDomainsRoute.PUT,
      "/settings/security/authorized-domains",
      { authorizedDomains: ["example.test", "not a domain"] },
      { authorizedDomains: ['"not" is not a domain name.', '"a" is not a domain name.', '"domain" is not a domain name.'] },
    ],
    [
      sessionPolicyRoute.PUT,
      "/settings/security/session-policy",
      { sessionIdleMinutes: 180, sessionAbsoluteHours: 2 },
      { sessionIdleMinutes: ["The idle timeout cannot be longer than the absolute lifetime."] },
    ],
    [socialProvidersRoute.PUT, "/settings/security/social-providers", { allowGoogle: 1 }, { allowGoogle: ["Choose true or false."] }],
    [
      aiRoute.PUT,
      "/settings/ai",
      { aiProvider: "bedrock", bedrockRegion: "mars-1", aiRequestsPerMinute: 40, aiMegabytesPerMinute: 3 },
      {
        bedrockRegion: ["Choose an AWS Region where Amazon Bedrock is offered."],
        bedrockRoleArn: ["Enter an IAM role ARN such as arn:aws:iam::123456789012:role/GatehouseBedrock."],
      },
    ],
  ];

  it.each(BAD)("%#: 422 with the field errors, nothing changed", async (handler, path, body, errors) => {
    const { tenantId, write } = await adminWithKeys();
    const before = await settingsOf(tenantId);
    const response = await callApi(handler, { path, key: write.secret, body });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: "validation_failed", errors });
    expect(await settingsOf(tenantId)).toEqual(before);
    expect(await settingsEvents(tenantId)).toHaveLength(0);
  });
});

describe("PUT /settings/general/default-workspace", () => {
  const path = "/settings/general/default-workspace";

  it("sets a shared workspace and clears it again with null (or \"none\", as the console sends)", async () => {
    const { tenantId, admin, write } = await adminWithKeys();
    const ws = await newWorkspace(admin, "onboarding");
    const set = await callApi(defaultWorkspaceRoute.PUT, { path, key: write.secret, body: { defaultWorkspaceId: ws.id, defaultWorkspaceRole: "contributor" } });
    expect(set.body).toMatchObject({ defaultWorkspaceId: ws.id, defaultWorkspaceRole: "contributor" });
    const cleared = await callApi(defaultWorkspaceRoute.PUT, { path, key: write.secret, body: { defaultWorkspaceId: null, defaultWorkspaceRole: "viewer" } });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ defaultWorkspaceId: null, defaultWorkspaceRole: "viewer" });
    expect(await settingsOf(tenantId)).toMatchObject({ defaultWorkspaceId: null, defaultWorkspaceRole: "viewer" });
    await callApi(defaultWorkspaceRoute.PUT, { path, key: write.secret, body: { defaultWorkspaceId: "none", defaultWorkspaceRole: "viewer" } });
    const events = await settingsEvents(tenantId);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["settings.default_workspace.updated", write.id],
      ["settings.default_workspace.updated", write.id],
    ]);
  });

  it("refuses a personal workspace, another tenant's workspace and the Owner role with 422, and changes nothing", async () => {
    const { tenantId, admin, write } = await adminWithKeys();
    const other = await seedTenant(["admin"]);
    const foreign = await newWorkspace(other.members[0]!, "elsewhere");
    const before = await settingsOf(tenantId);
    const cases = [
      [{ defaultWorkspaceId: admin.personalWorkspaceId, defaultWorkspaceRole: "viewer" }, { defaultWorkspaceId: ["A personal workspace cannot be the default for new members."] }],
      [{ defaultWorkspaceId: foreign.id, defaultWorkspaceRole: "viewer" }, { defaultWorkspaceId: ["Choose a workspace of this tenant."] }],
      [{ defaultWorkspaceId: "elsewhere", defaultWorkspaceRole: "owner" }, { defaultWorkspaceId: ["Choose a workspace of this tenant."], defaultWorkspaceRole: ["Choose Viewer or Contributor."] }],
    ] as const;
    for (const [body, errors] of cases) {
      const response = await callApi(defaultWorkspaceRoute.PUT, { path, key: write.secret, body });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: "validation_failed", errors });
    }
    expect(await settingsOf(tenantId)).toEqual(before);
    expect(await settingsEvents(tenantId)).toHaveLength(0);
    expect(await settingsEvents(other.tenantId)).toHaveLength(0);
  });
});
