import { describe, expect, it } from "vitest";
import type { DefinedAction } from "@/lib/action/define-action";
import { updateAiSettings } from "@/lib/settings/ai-settings";
import {
  updateApiKeyPolicy,
  updateAuditRetention,
  updateDateTimeFormat,
  updateInvitationLifetime,
  updateTwoFactorRequirement,
} from "@/lib/settings/general-policies";
import { updateAuthorizedDomains, updatePasswordPolicy, updateSessionPolicy } from "@/lib/settings/security-policies";
import { META, seedTenant } from "./support/fixtures";
import { eventsOf, lastChangeOf, refusalOf, settingsOf } from "./support/settings-rows";

type Case = {
  name: string;
  action: DefinedAction<never, { changed: boolean }>;
  section: string;
  audit: string;
  /** As a form posts it (strings; an unticked box is absent). */
  input: Record<string, string>;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  bad: Record<string, string>;
  badField: string;
  badMessage: string;
};

const CASES: Case[] = [
  {
    name: "date and time format",
    action: updateDateTimeFormat as never,
    section: "date_time",
    audit: "settings.date_time.updated",
    input: { dateFormat: "DD/MM/YYYY", timeFormat: "24h" },
    before: { dateFormat: "MM/DD/YYYY", timeFormat: "12h" },
    after: { dateFormat: "DD/MM/YYYY", timeFormat: "24h" },
    bad: { dateFormat: "YYYY-MM-DD", timeFormat: "24h" },
    badField: "dateFormat",
    badMessage: "Choose a date format.",
  },
  {
    name: "two-factor requirement",
    action: updateTwoFactorRequirement as never,
    section: "two_factor",
    audit: "settings.two_factor.updated",
    input: { requireTwoFactor: "on" },
    before: { requireTwoFactor: false },
    after: { requireTwoFactor: true },
    // Absent means unticked; a value that is neither a box's nor a JSON boolean is refused, not read as false.
    bad: { requireTwoFactor: "yes" },
    badField: "requireTwoFactor",
    badMessage: "Choose true or false.",
  },
  {
    name: "API key policy",
    action: updateApiKeyPolicy as never,
    section: "api_keys",
    audit: "settings.api_key_policy.updated",
    input: { maxApiKeysPerOwner: "10", maxApiKeyLifetimeDays: "90" },
    before: { maxApiKeysPerOwner: 5, maxApiKeyLifetimeDays: null },
    after: { maxApiKeysPerOwner: 10, maxApiKeyLifetimeDays: 90 },
    bad: { maxApiKeysPerOwner: "51", maxApiKeyLifetimeDays: "none" },
    badField: "maxApiKeysPerOwner",
    badMessage: "Enter a whole number from 1 to 50.",
  },
  {
    name: "invitation lifetime",
    action: updateInvitationLifetime as never,
    section: "invitations",
    audit: "settings.invitations.updated",
    input: { invitationLifetimeDays: "14" },
    before: { invitationLifetimeDays: 7 },
    after: { invitationLifetimeDays: 14 },
    bad: { invitationLifetimeDays: "1.5" },
    badField: "invitationLifetimeDays",
    badMessage: "Enter a whole number from 1 to 30.",
  },
  {
    name: "audit retention",
    action: updateAuditRetention as never,
    section: "audit_retention",
    audit: "settings.audit_retention.updated",
    input: { auditRetentionDays: "3650" },
    before: { auditRetentionDays: 30 },
    after: { auditRetentionDays: 3650 },
    bad: { auditRetentionDays: "0" },
    badField: "auditRetentionDays",
    badMessage: "Enter a whole number from 1 to 3650.",
  },
  {
    name: "AI settings",
    action: updateAiSettings as never,
    section: "ai",
    audit: "settings.ai.updated",
    input: { aiProvider: "platform", copilotTestDataAccess: "on", aiRequestsPerMinute: "40", aiMegabytesPerMinute: "5" },
    before: { copilotTestDataAccess: false, aiMegabytesPerMinute: 3 },
    after: { copilotTestDataAccess: true, aiMegabytesPerMinute: 5 },
    bad: { aiProvider: "bedrock", bedrockRegion: "us-east-1", bedrockRoleArn: "arn:aws:iam::123:role/x", aiRequestsPerMinute: "40", aiMegabytesPerMinute: "3" },
    badField: "bedrockRoleArn",
    badMessage: "Enter an IAM role ARN such as arn:aws:iam::123456789012:role/GatehouseBedrock.",
  },
  {
    name: "authorized domains",
    action: updateAuthorizedDomains as never,
    section: "authorized_domains",
    audit: "settings.authorized_domains.updated",
    input: { authorizedDomains: "Example.com, example.org" },
    before: { authorizedDomains: [] },
    after: { authorizedDomains: ["example.com", "example.org"] },
    bad: { authorizedDomains: "example.com, not a domain" },
    badField: "authorizedDomains",
    badMessage: '"not" is not a domain name. "a" is not a domain name. "domain" is not a domain name.',
  },
  {
    name: "session policy",
    action: updateSessionPolicy as never,
    section: "session_policy",
    audit: "settings.session_policy.updated",
    input: { sessionIdleMinutes: "30", sessionAbsoluteHours: "720" },
    before: { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 },
    after: { sessionIdleMinutes: 30, sessionAbsoluteHours: 720 },
    bad: { sessionIdleMinutes: "180", sessionAbsoluteHours: "2" },
    badField: "sessionIdleMinutes",
    badMessage: "The idle timeout cannot be longer than the absolute lifetime.",
  },
  {
    name: "password policy",
    action: updatePasswordPolicy as never,
    section: "password_policy",
    audit: "settings.password_policy.updated",
    input: { passwordMinLength: "16" },
    before: { passwordMinLength: 12 },
    after: { passwordMinLength: 16 },
    bad: { passwordMinLength: "11" },
    badField: "passwordMinLength",
    badMessage: "Enter a whole number from 12 to 128.",
  },
];

describe.each(CASES)("the $name form", (c) => {
  it("saves, audits exactly what changed (before and after) and records who changed it when", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const admin = members[0]!;
    expect(await c.action.execute(admin.caller, c.input as never, META)).toEqual({ changed: true });
    expect(await settingsOf(tenantId)).toMatchObject(c.after);
    const events = await eventsOf(tenantId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: c.audit, category: "setting_updates", actorId: admin.userId, targetId: tenantId, details: { before: c.before, after: c.after } });
    expect(await lastChangeOf(tenantId, c.section)).toMatchObject({ changedBy: admin.userId, changedByLabel: admin.caller.name });

    // Saving the same values again changes nothing and records nothing.
    expect(await c.action.execute(admin.caller, c.input as never, META)).toEqual({ changed: false });
    expect(await eventsOf(tenantId)).toHaveLength(1);
  });

  it("refuses a Builder and a Consumer: nothing changes, nothing is recorded", async () => {
    const { tenantId, members } = await seedTenant(["builder", "consumer"]);
    const before = await settingsOf(tenantId);
    for (const member of members) {
      const error = await refusalOf(c.action.execute(member.caller, c.input as never, META));
      expect(error).toMatchObject({ code: "forbidden", message: "You do not have permission to do that." });
    }
    expect(await settingsOf(tenantId)).toEqual(before);
    expect(await eventsOf(tenantId)).toHaveLength(0);
    expect(await lastChangeOf(tenantId, c.section)).toBeUndefined();
  });

  it("changes only the caller's tenant, whatever the input names", async () => {
    const a = await seedTenant(["admin"]);
    const b = await seedTenant(["admin"]);
    const bBefore = await settingsOf(b.tenantId);
    await c.action.execute(a.members[0]!.caller, { ...c.input, tenantId: b.tenantId } as never, META);
    expect(await settingsOf(b.tenantId)).toEqual(bBefore);
    expect(await eventsOf(b.tenantId)).toHaveLength(0);
  });
});

describe.each(CASES)("bad input to the $name form", (c) => {
  it("puts bad input's message next to its field and changes nothing", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const before = await settingsOf(tenantId);
    const error = await refusalOf(c.action.execute(members[0]!.caller, c.bad as never, META));
    expect(error.code).toBe("validation_failed");
    expect(error.fieldErrors?.[c.badField]?.join(" ")).toBe(c.badMessage);
    expect(await settingsOf(tenantId)).toEqual(before);
    expect(await eventsOf(tenantId)).toHaveLength(0);
  });
});

describe("field-specific rules", () => {
  it("an unticked box turns the two-factor requirement off again; a blank or absent number is refused", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const caller = members[0]!.caller;
    await updateTwoFactorRequirement.execute(caller, { requireTwoFactor: "on" }, META);
    await updateTwoFactorRequirement.execute(caller, {}, META);
    expect((await settingsOf(tenantId)).requireTwoFactor).toBe(false);
    const blank = await refusalOf(updateInvitationLifetime.execute(caller, { invitationLifetimeDays: "" }, META));
    expect(blank.fieldErrors?.invitationLifetimeDays).toEqual(["Enter a whole number from 1 to 30."]);
    const absent = await refusalOf(updateApiKeyPolicy.execute(caller, { maxApiKeysPerOwner: "5" }, META));
    expect(absent.fieldErrors?.maxApiKeyLifetimeDays).toEqual(["Choose no limit or 7, 30, 90, 365 days."]);
  });
});
