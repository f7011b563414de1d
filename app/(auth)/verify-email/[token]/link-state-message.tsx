import Link from "next/link";
import type { ReactNode } from "react";
import type { EmailChangeOutcome } from "@/lib/profile/confirm-email-change";

const PROFILE = (
  <Link href="/settings/profile" className="text-accent underline">
    your profile
  </Link>
);

/** What the page says about a link that cannot (or can no longer) change anything. */
export function LinkStateMessage({ outcome }: { outcome: Exclude<EmailChangeOutcome, { state: "valid" }> }) {
  const [title, body] = ((): [string, ReactNode] => {
    switch (outcome.state) {
      case "changed":
        return ["E-mail address changed", <>Your e-mail address is now <strong>{outcome.newEmail}</strong>. Use it to sign in from now on. Go to {PROFILE}.</>];
      case "used":
        return ["Link already used", <>This link was already used; it works only once. Your address changed when it was first opened. See {PROFILE}.</>];
      case "expired":
        return ["Link expired", <>Verification links are valid for 24 hours. Ask for a new one on {PROFILE}.</>];
      case "taken":
        return ["Address no longer available", <>Another account now uses {outcome.newEmail}, so your address was not changed. Choose another one on {PROFILE}.</>];
      case "unknown":
        return ["Link not valid", <>This link is not valid. Open the whole link from the newest e-mail we sent, or ask for a new one on {PROFILE}.</>];
    }
  })();
  return (
    <div data-testid={`email-link-${outcome.state}`}>
      <h1 className="mb-4 text-2xl font-semibold">{title}</h1>
      <p className="text-sm">{body}</p>
    </div>
  );
}
