import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { ssoConnections } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { parseIdpMetadata } from "./saml-metadata";
import { storeSsoConnection } from "./store-sso-connection";

export const ZSamlConnection = z.object({
  idpMetadata: z
    .string()
    .trim()
    .min(1, "Paste the identity provider's metadata XML.")
    .max(100_000, "The metadata is too long.")
    .superRefine((xml, ctx) => {
      const parsed = parseIdpMetadata(xml);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.problem });
    }),
});

/** Stores the tenant's SAML IdP (replacing an OIDC one). Like any change, it disables SSO until tested again. */
export const saveSamlConnection = defineAction({ permission: "security:update", input: ZSamlConnection }, async ({ input, caller, tx }) => {
  const [current] = await tx.select().from(ssoConnections).where(eq(ssoConnections.tenantId, caller.tenantId)).for("update");
  if (current?.protocol === "saml" && current.samlIdpMetadata === input.idpMetadata) return { result: { changed: false }, audit: [] };
  const metadata = parseIdpMetadata(input.idpMetadata);
  return storeSsoConnection(
    tx,
    caller,
    current,
    { protocol: "saml", oidcIssuer: null, oidcClientId: null, oidcClientSecretEncrypted: null, samlIdpMetadata: input.idpMetadata },
    { idpEntityId: metadata.ok ? metadata.metadata.entityId : null, idpSsoUrl: metadata.ok ? metadata.metadata.ssoUrl : null },
  );
});
