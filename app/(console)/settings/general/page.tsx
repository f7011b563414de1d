import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SettingsForm } from "@/components/settings/settings-form";
import { SettingsCheckbox, SettingsNumberField, SettingsRadioGroup, SettingsSelectField, SettingsTextField } from "@/components/settings/settings-fields";
import { Card } from "@/components/ui/card";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { listDefaultWorkspaceChoices } from "@/lib/settings/default-workspace-choices";
import { getLastChanges, getTenantSettings } from "@/lib/settings/get-tenant-settings";
import { describeLastChange } from "@/lib/settings/last-changed";
import { API_KEY_LIFETIME_CHOICES, LIMITS } from "@/lib/settings/limits";
import type { SettingsSection } from "@/lib/settings/sections";
import { getLogoState, logoSrc } from "@/lib/settings/tenant-logo";
import { getGeneralSettings } from "@/lib/tenants/get-general-settings";
import {
  saveApiKeyPolicy,
  saveAuditRetention,
  saveDateTimeFormat,
  saveDefaultWorkspace,
  saveGeneralSettings,
  saveInvitationLifetime,
  saveTwoFactorRequirement,
} from "./actions";
import { LogoSettings } from "./logo-settings";

export const metadata: Metadata = { title: "General settings" };

export default async function GeneralSettingsPage() {
  const caller = await requireCaller();
  if (!callerHas(caller, "settings:update")) notFound();
  const [general, settings, logo, changes, workspaceChoices] = await Promise.all([
    getGeneralSettings(caller),
    getTenantSettings(caller),
    getLogoState(caller),
    getLastChanges(caller),
    listDefaultWorkspaceChoices(caller),
  ]);
  const last = (section: SettingsSection) => describeLastChange(changes[section], caller.displayFormat);
  return (
    <>
      <h1 className="text-2xl font-semibold">General</h1>
      <Card title="Tenant" description="How your tenant is named across the console.">
        <SettingsForm action={saveGeneralSettings} section="tenant" lastChanged={last("tenant")}>
          <SettingsTextField label="Tenant name" name="name" defaultValue={general.name} required maxLength={64} />
        </SettingsForm>
      </Card>
      <Card title="Logo" description="Shown square, 30 pixels wide, at the top of the sidebar for every member.">
        <LogoSettings
          src={logoSrc(logo)}
          kind={logo.kind}
          url={logo.kind === "url" ? logo.url : ""}
          lastChanged={last("logo")}
        />
      </Card>
      <Card title="Date and time format" description="How every date and time in the console is shown, for every member. Times are in UTC.">
        <SettingsForm action={saveDateTimeFormat} section="date_time" lastChanged={last("date_time")}>
          <SettingsRadioGroup
            legend="Date format"
            name="dateFormat"
            defaultValue={settings.dateFormat}
            options={[
              { value: "MM/DD/YYYY", label: "MM/DD/YYYY (12/31/2026)" },
              { value: "DD/MM/YYYY", label: "DD/MM/YYYY (31/12/2026)" },
            ]}
          />
          <SettingsRadioGroup
            legend="Time format"
            name="timeFormat"
            defaultValue={settings.timeFormat}
            options={[
              { value: "12h", label: "12-hour (2:30 PM)" },
              { value: "24h", label: "24-hour (14:30)" },
            ]}
          />
        </SettingsForm>
      </Card>
      <Card title="Default workspace for new members" description="Every member who joins from now on (invitation or single sign-on) gets this role in this workspace.">
        <SettingsForm action={saveDefaultWorkspace} section="default_workspace" lastChanged={last("default_workspace")}>
          <SettingsSelectField
            label="Workspace"
            name="defaultWorkspaceId"
            defaultValue={settings.defaultWorkspaceId ?? "none"}
            options={[{ value: "none", label: "None (only their personal workspace)" }, ...workspaceChoices.map((w) => ({ value: w.id, label: w.label }))]}
          />
          <SettingsRadioGroup
            legend="Role there"
            name="defaultWorkspaceRole"
            defaultValue={settings.defaultWorkspaceRole}
            options={[
              { value: "viewer", label: "Viewer (reads and runs automations)" },
              { value: "contributor", label: "Contributor (builds and runs automations)" },
            ]}
          />
        </SettingsForm>
      </Card>
      <Card title="Two-factor authentication">
        <SettingsForm action={saveTwoFactorRequirement} section="two_factor" lastChanged={last("two_factor")}>
          <SettingsCheckbox
            label="Require two-factor authentication"
            name="requireTwoFactor"
            defaultChecked={settings.requireTwoFactor}
            hint="Every member who signs in with a password must set up an authenticator app at their next sign-in, before anything else."
          />
        </SettingsForm>
      </Card>
      <Card title="API keys" description="Limits for the personal API keys of every member.">
        <SettingsForm action={saveApiKeyPolicy} section="api_keys" lastChanged={last("api_keys")}>
          <SettingsNumberField label="Maximum active keys per owner" name="maxApiKeysPerOwner" value={settings.maxApiKeysPerOwner} range={LIMITS.maxApiKeysPerOwner} />
          <SettingsSelectField
            label="Maximum key lifetime"
            name="maxApiKeyLifetimeDays"
            defaultValue={settings.maxApiKeyLifetimeDays === null ? "none" : String(settings.maxApiKeyLifetimeDays)}
            options={[{ value: "none", label: "No limit (keys may never expire)" }, ...API_KEY_LIFETIME_CHOICES.map((d) => ({ value: String(d), label: `${d} days` }))]}
            hint="Applies to keys created from now on."
          />
        </SettingsForm>
      </Card>
      <Card title="Invitations">
        <SettingsForm action={saveInvitationLifetime} section="invitations" lastChanged={last("invitations")}>
          <SettingsNumberField label="Invitation lifetime (days)" name="invitationLifetimeDays" value={settings.invitationLifetimeDays} range={LIMITS.invitationLifetimeDays} />
        </SettingsForm>
      </Card>
      <Card title="Audit log retention" description="Audit events older than this are deleted by an hourly job.">
        <SettingsForm action={saveAuditRetention} section="audit_retention" lastChanged={last("audit_retention")}>
          <SettingsNumberField label="Keep audit events for (days)" name="auditRetentionDays" value={settings.auditRetentionDays} range={LIMITS.auditRetentionDays} />
        </SettingsForm>
      </Card>
    </>
  );
}
