import type { SsoRefusal } from "./resolve-sso-sign-in";

export type SsoError = SsoRefusal | "sso_failed" | "sso_expired" | "sso_unknown" | "sso_unsolicited";

/** What /sign-in/sso shows after a refused or failed SSO attempt (the code travels in the URL, the words stay here). */
export const SSO_ERROR_MESSAGES: Record<SsoError, string> = {
  unverified_email: "Your identity provider has not verified your e-mail address.",
  unauthorized_domain: "Unauthorized",
  link_required:
    "An account with this e-mail address already exists. Sign in to it with your password first, then link your identity provider from your profile.",
  inactive: "Your account is not active in this tenant. Ask your administrator to re-activate it.",
  sso_disabled: "Single sign-on is not available for this tenant.",
  sso_failed: "Single sign-on failed. Please try again or contact your administrator.",
  sso_expired: "The sign-in took too long or was started in another browser. Please try again.",
  sso_unknown: "No single sign-on is set up for that e-mail address or tenant.",
  sso_unsolicited: "Sign-ins started at your identity provider are not accepted. Enter your e-mail address here to start single sign-on.",
};

export function isSsoError(code: string | undefined): code is SsoError {
  return code !== undefined && Object.hasOwn(SSO_ERROR_MESSAGES, code);
}
