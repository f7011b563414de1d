// No server imports: the profile card's client notice reads the labels too.

export const SOCIAL_PROVIDERS = ["google", "github", "microsoft"] as const;
export type SocialProvider = (typeof SOCIAL_PROVIDERS)[number];

export const SOCIAL_PROVIDER_LABELS: Record<SocialProvider, string> = { google: "Google", github: "GitHub", microsoft: "Microsoft" };

/** The tenant_settings column that allows each provider. */
export const SOCIAL_ALLOW_COLUMN = { google: "allowGoogle", github: "allowGithub", microsoft: "allowMicrosoft" } as const;

export function isSocialProvider(value: string | undefined | null): value is SocialProvider {
  return (SOCIAL_PROVIDERS as readonly string[]).includes(value ?? "");
}
