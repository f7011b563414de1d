import "server-only";
import { getConfig } from "@/lib/config/config";
import { SOCIAL_PROVIDERS, type SocialProvider } from "./social-providers";

/** The providers the operator configured (credentials set): only these get a button. */
export function configuredSocialProviders(): SocialProvider[] {
  const social = getConfig().social;
  return SOCIAL_PROVIDERS.filter((provider) => social[provider] !== undefined);
}
