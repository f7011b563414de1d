import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { getApiKeyPolicy } from "@/lib/api-keys/key-policy";
import { listOwnApiKeys } from "@/lib/api-keys/list-own-api-keys";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { ApiKeyRow } from "./api-key-row";
import { ApiKeyTable } from "./api-key-table";
import { CreateKeyDialog } from "./create-key-dialog";
import { toKeyView } from "./key-view";

export const metadata: Metadata = { title: "API keys" };

type Props = { searchParams: Promise<{ cursor?: string | string[] }> };

export default async function ApiKeysPage({ searchParams }: Props) {
  const caller = await requireCaller();
  if (!callerHas(caller, "api_keys:read_own")) notFound();
  const cursor = [(await searchParams).cursor].flat()[0];
  const [page, policy] = await Promise.all([listOwnApiKeys(caller, { cursor, limit: 50 }), getApiKeyPolicy(caller)]);
  const canManage = callerHas(caller, "api_keys:manage_own");
  return (
    <>
      <h1 className="text-2xl font-semibold">API keys</h1>
      <p className="text-sm text-muted">
        A key calls the Gatehouse REST API (<code>/api/v1</code>) as you, with your current role, limited to read-only if you choose. Send it as{" "}
        <code>Authorization: Bearer &lt;key&gt;</code>.
        {callerHas(caller, "api_keys:read_all") ? (
          <>
            {" "}
            <Link href="/settings/api-keys/all" className="underline">
              See every key in the tenant
            </Link>
            .
          </>
        ) : null}
      </p>
      <Card
        title="Your keys"
        description={`Up to ${policy.maxKeysPerOwner} active keys${policy.maxLifetimeDays ? `, each living at most ${policy.maxLifetimeDays} days` : ""}.`}
      >
        {canManage ? (
          <div className="mb-4">
            <CreateKeyDialog expiries={policy.expiries} />
          </div>
        ) : null}
        {page.data.length === 0 ? (
          <p className="text-sm text-muted" data-testid="api-keys-empty">
            You have no API keys yet. Create one to call the API from a script or another service.
          </p>
        ) : (
          <ApiKeyTable caption="Your API keys" first="Name" testId="api-keys">
            {page.data.map((key) => (
              <ApiKeyRow key={key.id} view={toKeyView(key, caller.displayFormat)} canManage={canManage} />
            ))}
          </ApiKeyTable>
        )}
        <Pager basePath="/settings/api-keys" cursor={cursor} nextCursor={page.nextCursor} label="Your keys pages" />
      </Card>
    </>
  );
}
