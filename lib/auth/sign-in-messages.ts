import type { PasswordSignInResult } from "./authenticate-password";
import { describeWait } from "./throttle-policy";

/** One message for unknown account and wrong password (SPEC §11); the throttle message says how long to wait. */
export function signInRefusalMessage(refusal: Exclude<PasswordSignInResult, { ok: true }>): string {
  switch (refusal.reason) {
    case "invalid_credentials":
      return "The e-mail address, username or password is incorrect.";
    case "throttled":
      return `Too many failed sign-in attempts. Try again in ${describeWait(refusal.retryAfterSeconds)}.`;
    case "no_active_membership":
      return "Your account is not active in any tenant. Ask your administrator to re-activate it.";
    case "unauthorized_domain":
      return "Unauthorized";
    case "second_step":
      return "Enter the code from your authenticator app.";
    case "sso_required":
      return "Your organization requires single sign-on. Use “Sign in with SSO” instead of your password.";
  }
}
