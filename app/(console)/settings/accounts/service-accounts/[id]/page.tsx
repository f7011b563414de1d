import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { revokeApiKeyAction } from "@/app/(console)/settings/api-keys/all/actions";
import { ActionForm } from "@/components/forms/action-form";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { getApiKeyPolicy } from "@/lib/api-keys/key-policy";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { TENANT_ROLE_INFO, TENANT_ROLES, WORKSPACE_ROLE_INFO } from "@/lib/authz/permissions";
import { formatDateTime } from "@/lib/format/date-time";
import { getServiceAccount, listServiceAccountKeys } from "@/lib/service-accounts/get-service-account";
import { isId } from "@/lib/validation/ids";
import { deleteServiceAccountAction, setServiceAccountStatusAction, updateServiceAccountAction } from "../actions";
import { ServiceAccountKeyForm } from "./service-account-key-form";
import { RegenerateKeyButton } from "./regenerate-key-button";

export const metadata: Metadata = { title: "Service account" };

const ROLE_OPTIONS = TENANT_ROLES.map((r) => ({ value: r, label: TENANT_ROLE_INFO[r].label }));

export default async function ServiceAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const caller = await requireCaller();
  if (!callerHas(caller, "service_accounts:read")) notFound();
  const { id } = await params;
  const account = isId(id) ? await getServiceAccount(caller, id) : null;
  if (!account) notFound();
  const canManage = callerHas(caller, "service_accounts:manage");
  const keys = await listServiceAccountKeys(caller, account.id);
  const policy = canManage ? await getApiKeyPolicy(caller) : null;
  const inactive = account.status === "inactive";
  return (
    <>
      <BackLink href="/settings/accounts/service-accounts" label="Service accounts" />
      <h1 className="text-2xl font-semibold">
        {account.name}
        <Badge>Service account</Badge>
        {inactive ? <Badge>Inactive</Badge> : null}
      </h1>
      <p className="text-sm text-muted">It never signs in and has no password or two-factor; it acts only through its API keys.</p>

      <Card title="Details">
        {canManage ? (
          <ActionForm
            action={updateServiceAccountAction}
            submitLabel="Save"
            pendingLabel="Saving…"
            fields={[
              { kind: "hidden", name: "id", value: account.id },
              { kind: "text", name: "name", label: "Name", defaultValue: account.name, maxLength: 64, required: true },
              { kind: "textarea", name: "description", label: "Description", defaultValue: account.description, maxLength: 256 },
              { kind: "select", name: "role", label: "Tenant role", options: ROLE_OPTIONS, defaultValue: account.role },
            ]}
          />
        ) : (
          <p className="text-sm">
            {TENANT_ROLE_INFO[account.role].label} · {account.description || <span className="text-muted">No description.</span>}
          </p>
        )}
      </Card>

      <Card title="Workspaces" description="Give it a role in more workspaces from each workspace's page.">
        {account.workspaces.length ? (
          <ul className="flex flex-col gap-1 text-sm">
            {account.workspaces.map((w) => (
              <li key={w.id}>
                {WORKSPACE_ROLE_INFO[w.role].label} in{" "}
                <Link href={`/settings/workspaces/${w.name}`} className="text-accent underline">
                  {w.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">No workspace role.</p>
        )}
      </Card>

      <Card title="API keys" description={inactive ? "The account is inactive: its keys are refused until it is re-activated." : "Each key acts with this account's role."}>
        {keys.length ? (
          <ul className="flex flex-col gap-2 text-sm" data-testid="service-account-keys">
            {keys.map((k) => (
              <li key={k.id} className="flex flex-wrap items-center gap-3">
                <span className="font-medium">{k.name}</span>
                <code>
                  {k.prefix}…{k.lastFour}
                </code>
                <span className="text-muted">{k.scope === "read" ? "Read-only" : "Read-write"}</span>
                <span className="text-muted">{k.expiresAt ? `expires ${formatDateTime(new Date(k.expiresAt), caller.displayFormat)}` : "no expiry"}</span>
                {canManage ? (
                  <>
                    <RegenerateKeyButton serviceAccountId={account.id} keyId={k.id} keyName={k.name} />
                    <ActionForm inline action={revokeApiKeyAction} submitLabel="Revoke" variant="secondary" confirm={`Revoke ${k.name}?`} fields={[{ kind: "hidden", name: "id", value: k.id }]} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">No keys yet.</p>
        )}
        {policy ? (
          <div className="mt-4">
            <ServiceAccountKeyForm serviceAccountId={account.id} expiries={policy.expiries} />
          </div>
        ) : null}
      </Card>

      {canManage ? (
        <Card title="Status and deletion">
          <div className="flex flex-wrap gap-2">
            <ConfirmAction
              label={inactive ? "Re-activate" : "Deactivate"}
              title={inactive ? `Re-activate ${account.name}?` : `Deactivate ${account.name}?`}
              message={inactive ? "Its API keys work again." : "Its API keys are refused from their next request until you re-activate it."}
              confirmLabel={inactive ? "Re-activate" : "Deactivate"}
              pendingLabel="Working…"
              action={setServiceAccountStatusAction}
              fields={{ id: account.id, status: inactive ? "active" : "inactive" }}
              danger={!inactive}
            />
            <ConfirmAction
              label="Delete"
              title={`Delete ${account.name}?`}
              message="Its API keys and workspace roles are deleted; the audit history stays. This cannot be undone."
              confirmLabel="Delete"
              pendingLabel="Deleting…"
              action={deleteServiceAccountAction}
              fields={{ id: account.id }}
              danger
            />
          </div>
        </Card>
      ) : null}
    </>
  );
}
