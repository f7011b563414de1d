import { z } from "zod";

export const ZGroupName = z
  .string("Enter a group name.")
  .trim()
  .min(1, "Enter a group name.")
  .max(64, "A group name has at most 64 characters.");

export const ZDescription = z.string().trim().max(256, "A description has at most 256 characters.").default("");
