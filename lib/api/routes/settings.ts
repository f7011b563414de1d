import "server-only";
import { z } from "zod";
import { WORKSPACE_ROLES } from "@/lib/authz/permissions";
import { getAiSettings } from "@/lib/settings/ai-settings";
import { getTenantSettings } from "@/lib/settings/get-tenant-settings";
import { getGeneralSettings } from "@/lib/tenants/get-general-settings";
import { updateGeneralSettings } from "@/lib/tenants/update-general-settings";
import { defineRoute } from "../define-route";

const tag = "Settings";

const ZGeneralSettings = z.object({
  name: z.string(),
  dateFormat: z.enum(["MM/DD/YYYY", "DD/MM/YYYY"]),
  timeFormat: z.enum(["12h", "24h"]),
  requireTwoFactor: z.boolean(),
  maxApiKeysPerOwner: z.number().int(),
  maxApiKeyLifetimeDays: z.number().int().nullable().meta({ description: "null: keys may be created without expiry." }),
  invitationLifetimeDays: z.number().int(),
  auditRetentionDays: z.number().int(),
  defaultWorkspaceId: z.uuid().nullable().meta({ description: "The shared workspace every new member joins; null: none." }),
  defaultWorkspaceRole: z.enum(WORKSPACE_ROLES).meta({ description: "The role new members get in the default workspace." }),
});

const ZSecuritySettings = z.object({
  authorizedDomains: z.array(z.string()).meta({ description: "Empty: any domain." }),
  sessionIdleMinutes: z.number().int(),
  sessionAbsoluteHours: z.number().int(),
  passwordMinLength: z.number().int(),
});

const ZAiSettings = z.object({
  copilotTestDataAccess: z.boolean(),
  provider: z.enum(["platform", "bedrock"]),
  bedrock: z.object({ region: z.string(), roleArn: z.string() }).nullable(),
  limits: z.object({ requestsPerMinute: z.number().int(), megabytesPerMinute: z.number().int() }),
  knowledgeSourcesAvailable: z.boolean(),
});

async function generalSettings(caller: Parameters<typeof getTenantSettings>[0]) {
  const [{ name }, settings] = await Promise.all([getGeneralSettings(caller), getTenantSettings(caller)]);
  return { name, ...settings };
}

export const getGeneral = defineRoute({
  method: "GET",
  path: "/settings/general",
  tag,
  summary: "Read the general settings",
  description: "Tenant name, date and time format, the two-factor requirement, API key policy, invitation lifetime, audit retention and the default workspace for new members.",
  auth: "api_key",
  permission: "settings:read",
  response: ZGeneralSettings,
  handle: ({ caller }) => generalSettings(caller),
});

export const updateGeneral = defineRoute({
  method: "PATCH",
  path: "/settings/general",
  tag,
  summary: "Rename the tenant",
  description: "Answers the general settings after the change.",
  auth: "api_key",
  permission: updateGeneralSettings.permission,
  body: updateGeneralSettings.input,
  response: ZGeneralSettings,
  handle: async ({ caller, body, meta }) => {
    await updateGeneralSettings.execute(caller, body, meta);
    return generalSettings(caller);
  },
});

export const getSecurity = defineRoute({
  method: "GET",
  path: "/settings/security",
  tag,
  summary: "Read the account security settings",
  auth: "api_key",
  permission: "settings:read",
  response: ZSecuritySettings,
  handle: async ({ caller }) => getTenantSettings(caller),
});

export const getAi = defineRoute({
  method: "GET",
  path: "/settings/ai",
  tag,
  summary: "Read the AI settings",
  description: "What the platform needs to run the tenant's AI features (SPEC §8a). Holds no secret.",
  auth: "api_key",
  permission: "settings:read",
  response: ZAiSettings,
  handle: ({ caller }) => getAiSettings(caller),
});
