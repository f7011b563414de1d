import "server-only";
import { ssoConnections } from "@/db/schema";
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
 * Replaces the tenant's identity provider configuration. Any change switches SSO off and forgets the last test, so a
 * configuration is always tested before members can use it.
 */
export async function storeSsoConnection(tx: Tx, caller: Caller, configuration: Configuration): Promise<void> {
  const now = new Date();
  const row = { ...configuration, enabled: false, testedAt: null, lastTestResult: null, updatedAt: now };
  await tx.insert(ssoConnections).values({ tenantId: caller.tenantId, ...row }).onConflictDoUpdate({ target: ssoConnections.tenantId, set: row });
  await markSectionChanged(tx, caller, "sso_connection", now);
}
