import "server-only";
import { and, arrayContains, eq, sql } from "drizzle-orm";
import { ssoConnections, tenantSettings, tenants } from "@/db/schema";
import { emailDomain } from "@/lib/auth/authorized-domains";
import { getDb } from "@/lib/db";

export type SsoTenant = { tenantId: string; tenantName: string; protocol: "oidc" | "saml" };

/**
 * "Sign in with SSO": an e-mail address finds the tenant whose authorized domains list its domain, anything else is
 * taken as a tenant's name. Only tenants with SSO enabled are found; an ambiguous answer finds none.
 */
export async function findSsoTenant(query: string): Promise<SsoTenant | null> {
  const text = query.trim().toLowerCase().slice(0, 254);
  if (!text) return null;
  const match = text.includes("@")
    ? arrayContains(tenantSettings.authorizedDomains, [emailDomain(text)])
    : eq(sql`lower(${tenants.name})`, text);
  const rows = await getDb()
    .select({ tenantId: tenants.id, tenantName: tenants.name, protocol: ssoConnections.protocol })
    .from(ssoConnections)
    .innerJoin(tenants, eq(tenants.id, ssoConnections.tenantId))
    .innerJoin(tenantSettings, eq(tenantSettings.tenantId, ssoConnections.tenantId))
    .where(and(eq(ssoConnections.enabled, true), match))
    .limit(2);
  return rows.length === 1 ? rows[0]! : null;
}

/** The connection a sign-in attempt uses; null when the tenant has none (or, outside a test, has it switched off). */
export async function ssoConnectionFor(tenantId: string, options: { test: boolean }) {
  const [row] = await getDb().select().from(ssoConnections).where(eq(ssoConnections.tenantId, tenantId));
  return row && (row.enabled || options.test) ? row : null;
}
