import type { SocialRefusal } from "./resolve-social-sign-in";
import type { LinkOutcome } from "./link-identity";

export type SocialSignInError = SocialRefusal | "social_failed" | "social_expired" | "social_unavailable";

/** What /sign-in shows after a refused social sign-in (the code travels in the URL, the words stay here). */
export const SOCIAL_SIGN_IN_MESSAGES: Record<SocialSignInError, string> = {
  link_required:
    "An account with this e-mail address already exists. Sign in with your password, then link this provider from your profile.",
  invitation_required: "There is no Gatehouse account for this sign-in. Ask your administrator for an invitation.",
  unverified_email: "The provider has not confirmed a verified e-mail address for this account. Ask your administrator for an invitation.",
  provider_not_allowed: "Your organization does not allow signing in with this provider. Use another way to sign in.",
  sso_required: "Your organization requires signing in with its single sign-on. Use “Sign in with SSO”.",
  inactive: "Your account is not active. Ask your administrator to re-activate it.",
  unauthorized_domain: "Unauthorized",
  social_failed: "Signing in with the provider failed. Please try again.",
  social_expired: "The sign-in took too long or was started in another browser. Please try again.",
  social_unavailable: "This sign-in provider is not available.",
};

export const LINK_MESSAGES: Record<Exclude<LinkOutcome, "linked"> | "failed", string> = {
  already_linked: "This account is already linked.",
  taken: "This provider account is already linked to another Gatehouse account.",
  other_linked: "Another account of this provider is already linked. Unlink it first.",
  failed: "Linking failed. Please try again.",
};

export function socialSignInMessage(code: string | undefined): string | null {
  return code !== undefined && Object.hasOwn(SOCIAL_SIGN_IN_MESSAGES, code) ? SOCIAL_SIGN_IN_MESSAGES[code as SocialSignInError] : null;
}

export function linkMessage(code: string | undefined): string | null {
  return code !== undefined && Object.hasOwn(LINK_MESSAGES, code) ? LINK_MESSAGES[code as keyof typeof LINK_MESSAGES] : null;
}
