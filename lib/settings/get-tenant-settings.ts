import "server-only";
import { eq } from "drizzle-orm";
import { settingsChanges, tenantSettings } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import type { TenantRole, WorkspaceRole } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";
import type { DateFormat, TimeFormat } from "@/lib/format/date-time";
import type { SettingsSection } from "./sections";

/** The General and account security settings as the forms show them (AI settings: ai-settings.ts). */
export type TenantSettingsDto = {
  dateFormat: DateFormat;
  timeFormat: TimeFormat;
  requireTwoFactor: boolean;
  maxApiKeysPerOwner: number;
  maxApiKeyLifetimeDays: number | null;
  invitationLifetimeDays: number;
  auditRetentionDays: number;
  defaultWorkspaceId: string | null;
  defaultWorkspaceRole: WorkspaceRole;
  authorizedDomains: string[];
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  passwordMinLength: number;
  defaultRole: TenantRole;
  ssoSessionHours: number;
  ssoStrict: boolean;
  allowGoogle: boolean;
  allowGithub: boolean;
  allowMicrosoft: boolean;
};

export async function getTenantSettings(caller: Caller): Promise<TenantSettingsDto> {
  if (!callerHas(caller, "settings:read")) throw refuse.forbidden();
  const [row] = await getDb()
    .select({
      dateFormat: tenantSettings.dateFormat,
      timeFormat: tenantSettings.timeFormat,
      requireTwoFactor: tenantSettings.requireTwoFactor,
      maxApiKeysPerOwner: tenantSettings.maxApiKeysPerOwner,
      maxApiKeyLifetimeDays: tenantSettings.maxApiKeyLifetimeDays,
      invitationLifetimeDays: tenantSettings.invitationLifetimeDays,
      auditRetentionDays: tenantSettings.auditRetentionDays,
      defaultWorkspaceId: tenantSettings.defaultWorkspaceId,
      defaultWorkspaceRole: tenantSettings.defaultWorkspaceRole,
      authorizedDomains: tenantSettings.authorizedDomains,
      sessionIdleMinutes: tenantSettings.sessionIdleMinutes,
      sessionAbsoluteHours: tenantSettings.sessionAbsoluteHours,
      passwordMinLength: tenantSettings.passwordMinLength,
      defaultRole: tenantSettings.defaultRole,
      ssoSessionHours: tenantSettings.ssoSessionHours,
      ssoStrict: tenantSettings.ssoStrict,
      allowGoogle: tenantSettings.allowGoogle,
      allowGithub: tenantSettings.allowGithub,
      allowMicrosoft: tenantSettings.allowMicrosoft,
    })
    .from(tenantSettings)
    .where(eq(tenantSettings.tenantId, caller.tenantId));
  if (!row) throw refuse.notFound("The tenant");
  return row;
}

export type LastChange = { at: Date; by: string };

/** When and by whom each settings form was last saved (sections never saved are absent). */
export async function getLastChanges(caller: Caller): Promise<Partial<Record<SettingsSection, LastChange>>> {
  if (!callerHas(caller, "settings:read")) throw refuse.forbidden();
  const rows = await getDb()
    .select({ section: settingsChanges.section, at: settingsChanges.changedAt, by: settingsChanges.changedByLabel })
    .from(settingsChanges)
    .where(eq(settingsChanges.tenantId, caller.tenantId));
  return Object.fromEntries(rows.map((r) => [r.section, { at: r.at, by: r.by }]));
}
