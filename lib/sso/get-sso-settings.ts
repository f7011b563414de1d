import "server-only";
import { asc, eq } from "drizzle-orm";
import { ssoConnections, ssoRoleMappings } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { getDb } from "@/lib/db";
import { formatRoleMappingRules } from "./role-mapping";
import { MAPPING_RULE_COLUMNS } from "./mapping-columns";

/** What the Account security page shows: never the client secret, only whether one is stored. */
export type SsoSettingsDto = {
  protocol: "oidc" | "saml" | null;
  enabled: boolean;
  oidcIssuer: string;
  oidcClientId: string;
  hasClientSecret: boolean;
  samlIdpMetadata: string;
  tested: boolean;
  lastTestResult: string | null;
  roleMappingText: string;
};

export async function getSsoSettings(caller: Caller): Promise<SsoSettingsDto> {
  const db = getDb();
  const [[connection], rules] = await Promise.all([
    db.select().from(ssoConnections).where(eq(ssoConnections.tenantId, caller.tenantId)),
    db.select(MAPPING_RULE_COLUMNS).from(ssoRoleMappings).where(eq(ssoRoleMappings.tenantId, caller.tenantId)).orderBy(asc(ssoRoleMappings.createdAt)),
  ]);
  return {
    protocol: connection?.protocol ?? null,
    enabled: connection?.enabled ?? false,
    oidcIssuer: connection?.oidcIssuer ?? "",
    oidcClientId: connection?.oidcClientId ?? "",
    hasClientSecret: Boolean(connection?.oidcClientSecretEncrypted),
    samlIdpMetadata: connection?.samlIdpMetadata ?? "",
    tested: Boolean(connection?.testedAt),
    lastTestResult: connection?.lastTestResult ?? null,
    roleMappingText: formatRoleMappingRules(rules),
  };
}
