import "server-only";
import { ssoConnections } from "@/db/schema";
import type { ActionOutcome } from "@/lib/action/define-action";
import type { Caller } from "@/lib/auth/caller";
import type { Tx } from "@/lib/db";
import { markSectionChanged } from "@/lib/settings/mark-section-changed";

type Configuration = {
  protocol: "oidc" | "saml";
  oidcIssuer: string | null;
  oidcClientId: string | null;
  oidcClientSecretEncrypted: string | null;
  samlIdpMetadata: string | null;
};

/**
 * Replaces the tenant's identity provider configuration and returns the action's outcome. Any change switches SSO off
 * and forgets the last test, so a configuration is always tested before members can use it.
 */
export async function storeSsoConnection(
  tx: Tx,
  caller: Caller,
  current: { protocol: "oidc" | "saml"; enabled: boolean } | undefined,
  configuration: Configuration,
  details: Record<string, unknown>,
): Promise<ActionOutcome<{ changed: boolean }>> {
  const now = new Date();
  const row = { ...configuration, enabled: false, testedAt: null, lastTestResult: null, updatedAt: now };
  await tx.insert(ssoConnections).values({ tenantId: caller.tenantId, ...row }).onConflictDoUpdate({ target: ssoConnections.tenantId, set: row });
  await markSectionChanged(tx, caller, "sso_connection", now);
  return {
    result: { changed: true },
    audit: {
      action: "sso.connection.updated",
      target: { type: "tenant", id: caller.tenantId, label: caller.tenantName },
      details: { protocol: { before: current?.protocol ?? null, after: configuration.protocol }, ...details, enabled: { before: current?.enabled ?? false, after: false } },
    },
  };
}
