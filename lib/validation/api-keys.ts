import { z } from "zod";
import { EXPIRY_CHOICES } from "@/lib/api-keys/expiry";

/** Shared by the API keys page's forms and the REST API, so both refuse the same input with the same words. */
export const ZApiKeyId = z.uuid("That API key was not found.");
export const ZApiKeyName = z
  .string({ message: "Enter a name for the key." })
  .trim()
  .min(1, "Enter a name for the key.")
  .max(64, "A key name has at most 64 characters.")
  .meta({ description: "Shown in the key list and the audit log; 1–64 characters." });
export const ZApiKeyDescription = z
  .string()
  .trim()
  .max(256, "A description has at most 256 characters.")
  .meta({ description: "Optional, at most 256 characters." });
export const ZApiKeyScope = z
  .enum(["read", "write"], { message: "Choose read-only or read-write." })
  .meta({ description: "`read`: read permissions only; `write`: everything the owner's role allows." });
export const ZApiKeyExpiry = z
  .enum(EXPIRY_CHOICES, { message: "Choose when the key expires." })
  .meta({ description: "Lifetime from now; the tenant may cap it (`never` is then refused)." });

export const ZCreateApiKey = z.object({
  name: ZApiKeyName,
  description: ZApiKeyDescription.default(""),
  scope: ZApiKeyScope,
  expiry: ZApiKeyExpiry,
});
export type TCreateApiKey = z.infer<typeof ZCreateApiKey>;

export const ZUpdateApiKey = z.object({
  id: ZApiKeyId,
  name: ZApiKeyName.optional(),
  description: ZApiKeyDescription.optional(),
});
export type TUpdateApiKey = z.infer<typeof ZUpdateApiKey>;

export const ZApiKeyRef = z.object({ id: ZApiKeyId });
