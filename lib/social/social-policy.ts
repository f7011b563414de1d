import "server-only";
import { z } from "zod";
import { defineSettingsAction } from "@/lib/settings/define-settings-action";
import { ZCheckbox } from "@/lib/validation/form-fields";

/** Which operator-configured social providers this tenant's members may sign in with (SPEC §9); all off by default. */
export const updateSocialProviders = defineSettingsAction({
  permission: "security:update",
  input: z.object({ allowGoogle: ZCheckbox, allowGithub: ZCheckbox, allowMicrosoft: ZCheckbox }),
  section: "social_providers",
  audit: "settings.social_providers.updated",
});
