import { SettingsForm } from "@/components/settings/settings-form";
import { SettingsCheckbox, SettingsNumberField, SettingsSelectField, SettingsTextArea, SettingsTextField } from "@/components/settings/settings-fields";
import { Card } from "@/components/ui/card";
import type { Caller } from "@/lib/auth/caller";
import { TENANT_ROLE_INFO, TENANT_ROLES } from "@/lib/authz/permissions";
import type { TenantSettingsDto } from "@/lib/settings/get-tenant-settings";
import { LIMITS } from "@/lib/settings/limits";
import type { SettingsSection } from "@/lib/settings/sections";
import { getSsoSettings } from "@/lib/sso/get-sso-settings";
import { oidcRedirectUri } from "@/lib/sso/oidc";
import { samlServiceProvider } from "@/lib/sso/saml";
import { saveSamlConnectionAction, saveOidcConnectionAction, saveRoleMappingAction, saveSsoPolicyAction, setSsoEnabledAction } from "./actions";

const roleOptions = TENANT_ROLES.map((role) => ({ value: role, label: TENANT_ROLE_INFO[role].label }));
const linkClass = "inline-flex w-fit items-center rounded-md border border-border bg-card px-4 py-2 text-sm font-medium hover:bg-bg";

/** The tenant's own identity provider, its role mapping and the SSO policy (SPEC §9). */
export async function SsoCards(props: { caller: Caller; settings: TenantSettingsDto; last: (section: SettingsSection) => string | null }) {
  const sso = await getSsoSettings(props.caller);
  const { last, settings } = props;
  const sp = samlServiceProvider(props.caller.tenantId);
  return (
    <>
      <Card title="Single sign-on" description="Your organization's own identity provider, by OpenID Connect or SAML 2.0 (configure one below). Any change switches SSO off until a test succeeds.">
        <div id="sso" className="flex flex-col gap-3">
          <p className="text-sm" data-testid="sso-protocol">
            {sso.protocol ? `Configured: ${sso.protocol === "oidc" ? "OpenID Connect" : "SAML 2.0"}${sso.enabled ? ", enabled" : ", not enabled"}.` : "No identity provider is configured."}
          </p>
          {sso.protocol ? (
            <>
              <a className={linkClass} href={`/api/sso/${sso.protocol}/start?tenant=${props.caller.tenantId}&test=1`} target="_blank" rel="noopener">
                Test connection (opens a new tab)
              </a>
              <p className="text-sm" role="status" data-testid="sso-test-result">
                {sso.lastTestResult ?? "Not tested since the last change."}
              </p>
              <SettingsForm action={setSsoEnabledAction} section="sso_enabled" lastChanged={last("sso_connection")}>
                <SettingsCheckbox
                  label="Enable SSO sign-in"
                  name="enabled"
                  defaultChecked={sso.enabled}
                  hint="Possible once a test of the current configuration succeeded. Members then find it under “Sign in with SSO”."
                />
              </SettingsForm>
            </>
          ) : null}
        </div>
      </Card>
      <Card title="OpenID Connect" description="Register Gatehouse at your provider with the redirect URI below.">
        <div className="flex flex-col gap-4">
          <p className="text-sm">
            Redirect URI: <code data-testid="oidc-redirect-uri">{oidcRedirectUri()}</code>
          </p>
          <SettingsForm action={saveOidcConnectionAction} section="sso_connection" lastChanged={null}>
            <SettingsTextField label="Issuer URL" name="issuer" defaultValue={sso.oidcIssuer} placeholder="https://login.example.com" hint="Gatehouse reads the provider's settings from its discovery document." spellCheck={false} />
            <SettingsTextField label="Client ID" name="clientId" defaultValue={sso.oidcClientId} spellCheck={false} />
            <SettingsTextField
              label="Client secret"
              name="clientSecret"
              type="password"
              autoComplete="off"
              hint={sso.hasClientSecret ? "A secret is stored and never shown again. Leave empty to keep it." : "Stored encrypted and never shown again."}
            />
          </SettingsForm>
        </div>
      </Card>
      <Card title="SAML 2.0" description="Give your identity provider these service provider details, then paste its metadata.">
        <div className="flex flex-col gap-4">
          <dl className="grid grid-cols-[10rem_1fr] gap-y-1 text-sm break-all">
            <dt className="text-muted">SP entity ID</dt>
            <dd data-testid="saml-entity-id">{sp.entityId}</dd>
            <dt className="text-muted">ACS URL</dt>
            <dd data-testid="saml-acs-url">{sp.acsUrl}</dd>
            <dt className="text-muted">SP metadata URL</dt>
            <dd data-testid="saml-metadata-url">{sp.metadataUrl}</dd>
          </dl>
          <SettingsForm action={saveSamlConnectionAction} section="sso_saml" lastChanged={null}>
            <SettingsTextArea label="IdP metadata XML" name="idpMetadata" rows={6} defaultValue={sso.samlIdpMetadata} spellCheck={false} />
          </SettingsForm>
        </div>
      </Card>
      <Card title="SSO role mapping" description="Applied at every SSO sign-in: a member gets the highest role among the rules whose IdP group they have, else the default role, and joins (or leaves) the Gatehouse groups the rules name.">
        <SettingsForm action={saveRoleMappingAction} section="sso_role_mapping" lastChanged={last("sso_role_mapping")}>
          <SettingsTextArea
            label="Rules"
            name="rules"
            rows={5}
            defaultValue={sso.roleMappingText}
            placeholder={"gatehouse-admins = admin\nengineering = builder, group:Engineering"}
            hint="One rule a line: IdP group = a role (admin, builder or consumer), group:<Gatehouse group>, or both separated by a comma. A named group is created when needed and marked managed by SSO. At least one rule must grant Admin."
            spellCheck={false}
          />
        </SettingsForm>
      </Card>
      <Card title="SSO policy">
        <SettingsForm action={saveSsoPolicyAction} section="sso_policy" lastChanged={last("sso_policy")}>
          <SettingsSelectField label="Default role" name="defaultRole" options={roleOptions} defaultValue={settings.defaultRole} hint="For members created at their first SSO sign-in when no rule matches." />
          <SettingsNumberField label="SSO session lifetime (hours)" name="ssoSessionHours" value={settings.ssoSessionHours} range={LIMITS.ssoSessionHours} hint="How long a session started through SSO lasts." />
          <SettingsCheckbox label="Strict mode" name="ssoStrict" defaultChecked={settings.ssoStrict} hint="Non-Admins can sign in only through SSO. Admins keep their password as break-glass." />
        </SettingsForm>
      </Card>
    </>
  );
}
