import { z } from "zod";
import { STREAM_KINDS } from "./payload";

const ZName = z.string().trim().min(1, "Enter a name.").max(64, "A name has at most 64 characters.");

export const ZStreamUrl = z
  .string()
  .trim()
  .max(2048, "A URL has at most 2048 characters.")
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "https:" || u.protocol === "http:") && !u.username && !u.password && !u.hash;
    } catch {
      return false;
    }
  }, "Enter an http(s) URL without credentials, such as https://siem.example.com/hooks/gatehouse.");

const ZSecret = z.string().trim().min(8, "Enter the secret or token (at least 8 characters).").max(1024, "A secret has at most 1024 characters.");

// Elasticsearch index names: lower case, no spaces or \ / * ? " < > | , #, not starting with - _ +.
const ZIndexName = z
  .string()
  .trim()
  .max(255, "An index name has at most 255 characters.")
  .regex(/^(?![-_+])[a-z0-9._-]+$/, "Use lower-case letters, digits, dots, hyphens and underscores (not first).")
  .optional()
  .or(z.literal("").transform(() => undefined));

const ZKind = z.enum(STREAM_KINDS, { message: "Choose a destination type." });

export const ZCreateStreamDestination = z.object({ kind: ZKind, name: ZName, url: ZStreamUrl, secret: ZSecret, indexName: ZIndexName });
export type TCreateStreamDestination = z.infer<typeof ZCreateStreamDestination>;

/** An empty secret keeps the stored one. */
export const ZUpdateStreamDestination = z.object({
  id: z.uuid("Unknown destination."),
  name: ZName,
  url: ZStreamUrl,
  secret: ZSecret.optional().or(z.literal("").transform(() => undefined)),
  indexName: ZIndexName,
  enabled: z.enum(["on", "off"]).default("off").transform((v) => v === "on"),
});
export type TUpdateStreamDestination = z.infer<typeof ZUpdateStreamDestination>;

export const ZStreamDestinationId = z.object({ id: z.uuid("Unknown destination.") });
