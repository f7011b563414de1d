import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { resetLinkHolder } from "@/lib/password-reset/reset-password";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const holder = await resetLinkHolder(getDb(), token);
  if (!holder) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-semibold">Reset link not valid</h1>
        <p className="text-sm">
          This link has been used already or is older than 30 minutes. <Link href="/forgot-password" className="text-accent underline">Ask for a new link</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Choose a new password</h1>
      <p className="mb-6 text-sm text-muted">For {holder.email}. Every session of this account will be signed out.</p>
      <ResetPasswordForm token={token} username={holder.username} />
    </>
  );
}
