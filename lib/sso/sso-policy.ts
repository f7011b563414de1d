import "server-only";
import { z } from "zod";
import { TENANT_ROLES } from "@/lib/authz/permissions";
import { defineSettingsAction } from "@/lib/settings/define-settings-action";
import { LIMITS } from "@/lib/settings/limits";
import { ZCheckbox, zWholeNumber } from "@/lib/validation/form-fields";

/** Default role for just-in-time members, SSO session lifetime and strict mode (SPEC §9): one form, one event. */
export const updateSsoPolicy = defineSettingsAction({
  permission: "security:update",
  input: z.object({
    defaultRole: z.enum(TENANT_ROLES, { message: "Choose a default role." }),
    ssoSessionHours: zWholeNumber(LIMITS.ssoSessionHours),
    ssoStrict: ZCheckbox,
  }),
  section: "sso_policy",
  audit: "settings.sso_policy.updated",
});
