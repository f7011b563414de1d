import { z } from "zod";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "An e-mail address has at most 254 characters.")
  .pipe(z.email("Enter a valid e-mail address."));

export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "A username has at least 3 characters.")
  .max(39, "A username has at most 39 characters.")
  .regex(/^[a-z0-9-]+$/, "Use only lowercase letters, digits and hyphens.");

export const ZPersonName = z.string().trim().min(1, "Enter a name.").max(100, "A name has at most 100 characters.");

export const ZTenantName = z
  .string()
  .trim()
  .min(2, "A tenant name has at least 2 characters.")
  .max(64, "A tenant name has at most 64 characters.");
