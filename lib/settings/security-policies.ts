import "server-only";
import { z } from "zod";
import { zWholeNumber } from "@/lib/validation/form-fields";
import { defineSettingsAction } from "./define-settings-action";
import { parseDomainList } from "./domain-list";
import { LIMITS } from "./limits";

// The account security forms (SPEC §9). The session layer and sign-in read these columns directly.

export const ZAuthorizedDomains = z.object({
  authorizedDomains: z
    .union([z.string().max(20_000, "The list is too long."), z.array(z.string()).transform((list) => list.join(","))])
    .transform((text, ctx) => {
      const parsed = parseDomainList(text);
      if (parsed.ok) return parsed.domains;
      for (const problem of parsed.problems) ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }),
});

export const updateAuthorizedDomains = defineSettingsAction({
  permission: "security:update",
  input: ZAuthorizedDomains,
  section: "authorized_domains",
  audit: "settings.authorized_domains.updated",
});

export const ZSessionPolicy = z
  .object({
    sessionIdleMinutes: zWholeNumber(LIMITS.sessionIdleMinutes),
    sessionAbsoluteHours: zWholeNumber(LIMITS.sessionAbsoluteHours),
  })
  .refine((p) => p.sessionIdleMinutes <= p.sessionAbsoluteHours * 60, {
    path: ["sessionIdleMinutes"],
    message: "The idle timeout cannot be longer than the absolute lifetime.",
  });

export const updateSessionPolicy = defineSettingsAction({
  permission: "security:update",
  input: ZSessionPolicy,
  section: "session_policy",
  audit: "settings.session_policy.updated",
});

export const updatePasswordPolicy = defineSettingsAction({
  permission: "security:update",
  input: z.object({ passwordMinLength: zWholeNumber(LIMITS.passwordMinLength) }),
  section: "password_policy",
  audit: "settings.password_policy.updated",
});
