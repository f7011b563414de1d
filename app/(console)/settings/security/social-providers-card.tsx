import { SettingsForm } from "@/components/settings/settings-form";
import { SettingsCheckbox } from "@/components/settings/settings-fields";
import { Card } from "@/components/ui/card";
import type { TenantSettingsDto } from "@/lib/settings/get-tenant-settings";
import { configuredSocialProviders } from "@/lib/social/configured-providers";
import { SOCIAL_ALLOW_COLUMN, SOCIAL_PROVIDER_LABELS, SOCIAL_PROVIDERS } from "@/lib/social/social-providers";
import { saveSocialProvidersAction } from "./actions";

/** Which social providers members may sign in with; the operator decides which exist at all (environment). */
export function SocialProvidersCard({ settings, lastChanged }: { settings: TenantSettingsDto; lastChanged: string | null }) {
  const configured = configuredSocialProviders();
  return (
    <Card title="Social sign-in" description="Let members sign in with an account they link on their profile. New members join this way only through an authorized domain, and strict mode keeps it to Admins.">
      <SettingsForm action={saveSocialProvidersAction} section="social_providers" lastChanged={lastChanged}>
        {SOCIAL_PROVIDERS.map((provider) => (
          <SettingsCheckbox
            key={provider}
            label={`Allow sign-in with ${SOCIAL_PROVIDER_LABELS[provider]}`}
            name={SOCIAL_ALLOW_COLUMN[provider]}
            defaultChecked={settings[SOCIAL_ALLOW_COLUMN[provider]]}
            hint={configured.includes(provider) ? undefined : "Not configured on this server: the operator sets its client ID and secret."}
          />
        ))}
      </SettingsForm>
    </Card>
  );
}
