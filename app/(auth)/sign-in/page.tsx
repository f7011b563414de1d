import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCaller } from "@/lib/auth/current-caller";
import { socialSignInMessage } from "@/lib/social/social-messages";
import { configuredSocialProviders } from "@/lib/social/configured-providers";
import { SOCIAL_PROVIDER_LABELS } from "@/lib/social/social-providers";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  "setup-done": "Gatehouse is set up. Sign in with the Admin account you just created.",
  "signed-out": "You have signed out.",
  "password-changed": "Your password has been changed successfully",
};

const socialClass = "inline-flex items-center justify-center rounded-md border border-border bg-card px-4 py-2 text-sm font-medium hover:bg-bg";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ notice?: string; error?: string }> }) {
  if (await getCaller()) redirect("/settings/profile");
  const params = await searchParams;
  const notice = NOTICES[params.notice ?? ""];
  const error = socialSignInMessage(params.error);
  const providers = configuredSocialProviders();
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      {notice ? (
        <p role="status" className="mb-4 rounded-md bg-success-bg px-3 py-2 text-sm text-success">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mb-4 rounded-md bg-danger-bg px-3 py-2 text-sm text-danger" data-testid="social-error">
          {error}
        </p>
      ) : null}
      <SignInForm />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="underline">
          Forgot password?
        </Link>
      </p>
      {providers.length ? (
        // Links, not forms: the CSP's form-action 'self' would stop a submission that redirects to the provider.
        <div className="mt-6 flex flex-col gap-2">
          {providers.map((provider) => (
            <a key={provider} className={socialClass} href={`/api/social/${provider}/start`}>
              Sign in with {SOCIAL_PROVIDER_LABELS[provider]}
            </a>
          ))}
        </div>
      ) : null}
      <p className="mt-6 text-sm">
        <Link href="/sign-in/sso" className="underline">
          Sign in with SSO
        </Link>
      </p>
    </>
  );
}
