import "server-only";
import { z } from "zod";
import { WORKSPACE_ROLES } from "@/lib/authz/permissions";
import { getAiSettings, updateAiSettings } from "@/lib/settings/ai-settings";
import { updateDefaultWorkspace } from "@/lib/settings/default-workspace";
import {
  updateApiKeyPolicy,
  updateAuditRetention,
  updateDateTimeFormat,
  updateInvitationLifetime,
  updateTwoFactorRequirement,
} from "@/lib/settings/general-policies";
import { getTenantSettings } from "@/lib/settings/get-tenant-settings";
import { updateAuthorizedDomains, updatePasswordPolicy, updateSessionPolicy } from "@/lib/settings/security-policies";
import { updateSocialProviders } from "@/lib/social/social-policy";
import { getGeneralSettings } from "@/lib/tenants/get-general-settings";
import { updateGeneralSettings } from "@/lib/tenants/update-general-settings";
import { defineRoute } from "../define-route";
import { settingsSection, settingsWriteRoute } from "../settings-write-route";

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
  allowGoogle: z.boolean().meta({ description: "Members may sign in with Google, when the operator configured it." }),
  allowGithub: z.boolean().meta({ description: "Members may sign in with GitHub, when the operator configured it." }),
  allowMicrosoft: z.boolean().meta({ description: "Members may sign in with Microsoft, when the operator configured it." }),
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

const general = settingsSection("general", ZGeneralSettings, generalSettings);
const security = settingsSection("account security", ZSecuritySettings, getTenantSettings);
const ai = settingsSection("AI", ZAiSettings, getAiSettings);

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

export const putDateTime = settingsWriteRoute("/settings/general/date-time", "Set the date and time format", updateDateTimeFormat, general);
export const putTwoFactor = settingsWriteRoute("/settings/general/two-factor", "Require two-factor authentication, or stop requiring it", updateTwoFactorRequirement, general);
export const putApiKeyPolicy = settingsWriteRoute(
  "/settings/general/api-key-policy",
  "Set the API key policy",
  updateApiKeyPolicy,
  general,
  "`maxApiKeyLifetimeDays`: null (or \"none\") for no limit, or 7, 30, 90 or 365.",
);
export const putInvitationLifetime = settingsWriteRoute("/settings/general/invitation-lifetime", "Set how long invitations stay valid", updateInvitationLifetime, general);
export const putAuditRetention = settingsWriteRoute("/settings/general/audit-retention", "Set how long the audit log is kept", updateAuditRetention, general);
export const putDefaultWorkspace = settingsWriteRoute(
  "/settings/general/default-workspace",
  "Set the default workspace for new members",
  updateDefaultWorkspace,
  general,
  "A shared workspace of this tenant (a personal one or another tenant's is refused with 422), or null for none.",
);

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

export const putAuthorizedDomains = settingsWriteRoute(
  "/settings/security/authorized-domains",
  "Set the authorized e-mail domains",
  updateAuthorizedDomains,
  security,
  "An array of domain names (or one string separated by commas or spaces); case, a leading @ and repeats do not count. Empty: any domain.",
);
export const putSessionPolicy = settingsWriteRoute("/settings/security/session-policy", "Set the session idle timeout and absolute lifetime", updateSessionPolicy, security);
export const putPasswordPolicy = settingsWriteRoute("/settings/security/password-policy", "Set the minimum password length", updatePasswordPolicy, security);
export const putSocialProviders = settingsWriteRoute(
  "/settings/security/social-providers",
  "Allow or disallow social sign-in providers",
  updateSocialProviders,
  security,
  "Each switch replaces the current one (absent: false). A provider the operator did not configure stays unavailable whatever its switch.",
);

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

export const putAi = settingsWriteRoute(
  "/settings/ai",
  "Change the AI settings",
  updateAiSettings,
  ai,
  "With `aiProvider: \"bedrock\"`, `bedrockRegion` and `bedrockRoleArn` are required; with `platform` they are ignored and cleared.",
);
