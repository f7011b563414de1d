import type { OutgoingMail } from "@/lib/mail/transport";
import { RESET_LINK_MINUTES } from "./reset-tokens";

export function resetLinkMail(to: string, link: string): OutgoingMail {
  return {
    to,
    subject: "Reset your Gatehouse password",
    text: [
      "Someone (hopefully you) asked to reset the password of your Gatehouse account.",
      "",
      `Open this link to choose a new password. It works once, for ${RESET_LINK_MINUTES} minutes:`,
      link,
      "",
      "If you did not ask for this, ignore this e-mail: your password stays as it is.",
    ].join("\n"),
  };
}

/** For an account that signs in only through an identity provider: there is no Gatehouse password to reset. */
export function useYourProviderMail(to: string): OutgoingMail {
  return {
    to,
    subject: "About your Gatehouse password reset",
    text: [
      "Someone (hopefully you) asked to reset the password of your Gatehouse account.",
      "",
      "Your account has no Gatehouse password: you sign in through your organization's single sign-on or with Google,",
      "GitHub or Microsoft. Use \"Sign in with SSO\" or your provider's button on the sign-in page; if you cannot sign in",
      "there, your identity provider's administrator can help.",
      "",
      "If you did not ask for this, ignore this e-mail.",
    ].join("\n"),
  };
}

export function passwordChangedMail(to: string): OutgoingMail {
  return {
    to,
    subject: "Your Gatehouse password was changed",
    text: [
      "The password of your Gatehouse account was just changed through a reset link, and every session was signed out.",
      "",
      "If this was not you, reset your password again at once and tell your administrator.",
    ].join("\n"),
  };
}
