import type { Metadata } from "next";
import { inspectEmailChange } from "@/lib/profile/confirm-email-change";
import { ConfirmEmailForm } from "./confirm-email-form";
import { LinkStateMessage } from "./link-state-message";

export const metadata: Metadata = { title: "Confirm your e-mail address" };

/** The link mailed to a new address; signed in or not, it shows what it would do, and the button does it. */
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectEmailChange(token);
  if (link.state !== "valid") return <LinkStateMessage outcome={link} />;
  return <ConfirmEmailForm token={token} newEmail={link.newEmail} />;
}
