import "server-only";
import { z } from "zod";
import { ssoConnectionFor } from "./find-sso-tenant";
import { samlSpMetadataXml } from "./saml";
import { parseIdpMetadata } from "./saml-metadata";

/** The SP metadata an IdP administrator imports; only for tenants that configured SAML (else 404, like any unknown id). */
export async function samlSpMetadataResponse(tenantId: string): Promise<Response> {
  const row = z.uuid().safeParse(tenantId).success ? await ssoConnectionFor(tenantId, { test: true }) : null;
  const parsed = row?.protocol === "saml" && row.samlIdpMetadata ? parseIdpMetadata(row.samlIdpMetadata) : null;
  if (!parsed?.ok) return new Response("Not found", { status: 404 });
  return new Response(samlSpMetadataXml(tenantId, parsed.metadata), { headers: { "content-type": "application/samlmetadata+xml; charset=utf-8" } });
}
