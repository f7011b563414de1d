import "server-only";
import { z } from "zod";
import { ZCheckbox, zWholeNumber } from "@/lib/validation/form-fields";
import { defineSettingsAction } from "./define-settings-action";
import { API_KEY_LIFETIME_CHOICES, LIMITS } from "./limits";

// The General page's policy forms (SPEC §8), one action each so that each save audits only its own fields.

export const ZDateTimeFormat = z.object({
  dateFormat: z.enum(["MM/DD/YYYY", "DD/MM/YYYY"], { message: "Choose a date format." }),
  timeFormat: z.enum(["12h", "24h"], { message: "Choose a time format." }),
});

export const updateDateTimeFormat = defineSettingsAction({
  permission: "settings:update",
  input: ZDateTimeFormat,
  section: "date_time",
  audit: "settings.date_time.updated",
});

export const updateTwoFactorRequirement = defineSettingsAction({
  permission: "settings:update",
  input: z.object({ requireTwoFactor: ZCheckbox }),
  section: "two_factor",
  audit: "settings.two_factor.updated",
});

const lifetimeChoices = ["none", ...API_KEY_LIFETIME_CHOICES.map(String)] as [string, ...string[]];

export const ZApiKeyPolicy = z.object({
  maxApiKeysPerOwner: zWholeNumber(LIMITS.maxApiKeysPerOwner),
  maxApiKeyLifetimeDays: z
    .union([z.enum(lifetimeChoices), z.literal(null), ...API_KEY_LIFETIME_CHOICES.map((d) => z.literal(d))], {
      message: `Choose no limit or ${API_KEY_LIFETIME_CHOICES.join(", ")} days.`,
    })
    .transform((v) => (v === null || v === "none" ? null : Number(v))),
});

export const updateApiKeyPolicy = defineSettingsAction({
  permission: "settings:update",
  input: ZApiKeyPolicy,
  section: "api_keys",
  audit: "settings.api_key_policy.updated",
});

export const updateInvitationLifetime = defineSettingsAction({
  permission: "settings:update",
  input: z.object({ invitationLifetimeDays: zWholeNumber(LIMITS.invitationLifetimeDays) }),
  section: "invitations",
  audit: "settings.invitations.updated",
});

export const updateAuditRetention = defineSettingsAction({
  permission: "audit:configure",
  input: z.object({ auditRetentionDays: zWholeNumber(LIMITS.auditRetentionDays) }),
  section: "audit_retention",
  audit: "settings.audit_retention.updated",
});
