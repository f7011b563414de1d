import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SettingsForm } from "@/components/settings/settings-form";
import { SettingsNumberField, SettingsTextField } from "@/components/settings/settings-fields";
import { Card } from "@/components/ui/card";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getLastChanges, getTenantSettings } from "@/lib/settings/get-tenant-settings";
import { describeLastChange } from "@/lib/settings/last-changed";
import { LIMITS } from "@/lib/settings/limits";
import type { SettingsSection } from "@/lib/settings/sections";
import { SocialProvidersCard } from "./social-providers-card";
import { SsoCards } from "./sso-cards";
import { saveAuthorizedDomains, savePasswordPolicy, saveSessionPolicy } from "./actions";

export const metadata: Metadata = { title: "Account security" };

export default async function SecuritySettingsPage() {
  const caller = await requireCaller();
  if (!callerHas(caller, "security:update")) notFound();
  const [settings, changes] = await Promise.all([getTenantSettings(caller), getLastChanges(caller)]);
  const last = (section: SettingsSection) => describeLastChange(changes[section], caller.displayFormat);
  return (
    <>
      <h1 className="text-2xl font-semibold">Account security</h1>
      <Card title="Authorized domains" description="Only members whose e-mail address is at one of these domains may sign in. Admins always can, so nobody locks the tenant out.">
        <SettingsForm action={saveAuthorizedDomains} section="authorized_domains" lastChanged={last("authorized_domains")}>
          <SettingsTextField
            label="Authorized domains"
            name="authorizedDomains"
            defaultValue={settings.authorizedDomains.join(", ")}
            placeholder="example.com, example.org"
            hint="Comma-separated. Leave empty to allow any domain. Members at other domains are signed out on their next request; invitations to them are refused."
            spellCheck={false}
          />
        </SettingsForm>
      </Card>
      <Card title="Sessions" description="How long members stay signed in. A new idle timeout applies from each session's next request; a new lifetime to sessions started from now on.">
        <SettingsForm action={saveSessionPolicy} section="session_policy" lastChanged={last("session_policy")}>
          <SettingsNumberField
            label="Idle timeout (minutes)"
            name="sessionIdleMinutes"
            value={settings.sessionIdleMinutes}
            range={LIMITS.sessionIdleMinutes}
            hint="Sign out after this long without activity."
          />
          <SettingsNumberField
            label="Absolute lifetime (hours)"
            name="sessionAbsoluteHours"
            value={settings.sessionAbsoluteHours}
            range={LIMITS.sessionAbsoluteHours}
            hint="Sign out this long after signing in, whatever the activity."
          />
        </SettingsForm>
      </Card>
      <Card title="Passwords">
        <SettingsForm action={savePasswordPolicy} section="password_policy" lastChanged={last("password_policy")}>
          <SettingsNumberField
            label="Minimum password length"
            name="passwordMinLength"
            value={settings.passwordMinLength}
            range={LIMITS.passwordMinLength}
            hint="Applies when a password is set or changed."
          />
        </SettingsForm>
      </Card>
      <SsoCards caller={caller} settings={settings} last={last} />
      <SocialProvidersCard settings={settings} lastChanged={last("social_providers")} />
    </>
  );
}
