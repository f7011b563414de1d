import { Suspense } from "react";
import { unlinkIdentityAction } from "@/app/(console)/settings/profile/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import type { Caller } from "@/lib/auth/caller";
import { formatDateTime } from "@/lib/format/date-time";
import { listLinkedIdentities } from "@/lib/social/list-linked-identities";
import { configuredSocialProviders } from "@/lib/social/configured-providers";
import { SOCIAL_PROVIDER_LABELS } from "@/lib/social/social-providers";
import { LinkNotice } from "./link-notice";

const linkClass = "inline-flex w-fit items-center rounded-md border border-border bg-card px-4 py-2 text-sm font-medium hover:bg-bg";

/** Social accounts the caller can sign in with: connect one (a round trip to the provider) or unlink it. */
export async function LinkedAccountsCard({ caller }: { caller: Caller }) {
  const providers = configuredSocialProviders();
  if (!providers.length) return null;
  const linked = new Map((await listLinkedIdentities(caller)).map((identity) => [identity.provider, identity]));
  return (
    <Card title="Linked accounts" description="Sign in with one of these accounts instead of your password, where your organization allows it.">
      <div id="linked-accounts" className="flex flex-col gap-3" data-testid="linked-accounts">
        <Suspense fallback={null}>
          <LinkNotice />
        </Suspense>
        {providers.map((provider) => {
          const label = SOCIAL_PROVIDER_LABELS[provider];
          const identity = linked.get(provider);
          return (
            <div key={provider} className="flex items-center justify-between gap-4 text-sm" data-testid={`linked-${provider}`}>
              <span>
                {label}: {identity ? `linked ${formatDateTime(new Date(identity.linkedAt), caller.displayFormat)}` : "not linked"}
              </span>
              {identity ? (
                <ActionForm inline action={unlinkIdentityAction} submitLabel={`Unlink ${label}`} variant="secondary" confirm={`Unlink your ${label} account?`} fields={[{ kind: "hidden", name: "provider", value: provider }]} />
              ) : (
                // A link, not a form: the CSP's form-action 'self' would stop a submission that redirects to the provider.
                <a className={linkClass} href={`/api/social/${provider}/start?link=1`}>
                  Connect {label}
                </a>
              )}
            </div>
          );
        })}
      </div>
    </Card>
  );
}
