import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { ssoConnections } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { encrypt } from "@/lib/crypto/secret-box";
import { isAcceptableIssuer } from "./insecure-issuer";
import { storeSsoConnection } from "./store-sso-connection";

export const ZOidcConnection = z.object({
  issuer: z
    .string()
    .trim()
    .max(500, "The issuer URL is too long.")
    .refine(isAcceptableIssuer, "Enter the issuer's https URL (plain http only for localhost).")
    .transform((url) => url.replace(/\/+$/, "")),
  clientId: z.string().trim().min(1, "Enter the client id.").max(300, "The client id is too long."),
  /** Blank keeps the stored secret: it is never shown again, so the form cannot echo it. */
  clientSecret: z.string().max(1000, "The client secret is too long.").optional().default(""),
});

/** Stores the tenant's OIDC provider (replacing a SAML one). The secret is encrypted at rest and never returned. */
export const saveOidcConnection = defineAction({ permission: "security:update", input: ZOidcConnection }, async ({ input, caller, tx }) => {
  const [current] = await tx.select().from(ssoConnections).where(eq(ssoConnections.tenantId, caller.tenantId)).for("update");
  const secretChanged = input.clientSecret.length > 0;
  const storedSecret = current?.protocol === "oidc" ? current.oidcClientSecretEncrypted : null;
  if (!secretChanged && !storedSecret) throw refuse.invalid({ clientSecret: ["Enter the client secret."] });
  const unchanged = current?.protocol === "oidc" && current.oidcIssuer === input.issuer && current.oidcClientId === input.clientId && !secretChanged;
  if (unchanged) return { result: { changed: false }, audit: [] };

  return storeSsoConnection(
    tx,
    caller,
    current,
    {
      protocol: "oidc",
      oidcIssuer: input.issuer,
      oidcClientId: input.clientId,
      oidcClientSecretEncrypted: secretChanged ? encrypt(input.clientSecret) : storedSecret,
      samlIdpMetadata: null,
    },
    {
      issuer: { before: current?.oidcIssuer ?? null, after: input.issuer },
      clientId: { before: current?.oidcClientId ?? null, after: input.clientId },
      credentialsReplaced: secretChanged,
    },
  );
});
