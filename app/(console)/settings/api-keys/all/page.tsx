import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Pager } from "@/components/ui/pager";
import { listTenantApiKeys } from "@/lib/api-keys/list-tenant-api-keys";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { ApiKeyTable } from "../api-key-table";
import { KeyDetailCells } from "../key-detail-cells";
import { toKeyView } from "../key-view";
import { revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "All API keys" };

type Props = { searchParams: Promise<{ cursor?: string | string[] }> };

export default async function TenantApiKeysPage({ searchParams }: Props) {
  const caller = await requireCaller();
  if (!callerHas(caller, "api_keys:read_all")) notFound();
  const cursor = [(await searchParams).cursor].flat()[0];
  const page = await listTenantApiKeys(caller, { cursor, limit: 50 });
  const canRevoke = callerHas(caller, "api_keys:revoke_any");
  return (
    <>
      <h1 className="text-2xl font-semibold">All API keys</h1>
      <p className="text-sm text-muted">
        Every key of the tenant, newest first. Revoke a key that is no longer needed or may have leaked: it stops working at once.{" "}
        <Link href="/settings/api-keys" className="underline">
          Back to your keys
        </Link>
      </p>
      <Card title="Keys in this tenant">
        {page.data.length === 0 ? (
          <p className="text-sm text-muted">Nobody in this tenant has an API key.</p>
        ) : (
          <ApiKeyTable caption="Every API key of the tenant" first="Owner" testId="tenant-api-keys">
            {page.data.map((key) => {
              const view = toKeyView(key, caller.displayFormat);
              return (
                <tr key={key.id} className="border-b border-border align-top" data-testid={`tenant-api-key-${key.id}`}>
                  <td className="py-3 pr-4">{key.owner.label}</td>
                  <td className="py-3 pr-4">
                    <span className="font-medium">{view.name}</span>
                    <span className="block font-mono text-xs text-muted">{view.display}</span>
                  </td>
                  <KeyDetailCells view={view} />
                  <td className="py-3">
                    {canRevoke ? (
                      <ConfirmAction
                        label="Revoke"
                        ariaLabel={`Revoke ${view.name} of ${key.owner.label}`}
                        title={`Revoke “${view.name}”`}
                        message={`The key of ${key.owner.label} stops working immediately. The owner can create a new one.`}
                        confirmLabel="Revoke key"
                        pendingLabel="Revoking…"
                        action={revokeApiKeyAction}
                        fields={{ id: key.id }}
                        danger
                      />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </ApiKeyTable>
        )}
        <Pager basePath="/settings/api-keys/all" cursor={cursor} nextCursor={page.nextCursor} label="Tenant keys pages" />
      </Card>
    </>
  );
}
