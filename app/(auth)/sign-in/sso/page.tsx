import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { getCaller } from "@/lib/auth/current-caller";
import { findSsoTenant } from "@/lib/sso/find-sso-tenant";
import { isSsoError, SSO_ERROR_MESSAGES } from "@/lib/sso/sso-messages";

export const metadata: Metadata = { title: "Sign in with SSO" };

const linkClass = "inline-flex items-center justify-center rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg hover:opacity-90";

/**
 * Step 1 finds the tenant by e-mail domain or name (a GET form to this page); step 2 is a plain link to the IdP, since
 * the CSP's form-action 'self' would stop a form submission that redirects to another origin.
 */
export default async function SsoSignInPage({ searchParams }: { searchParams: Promise<{ q?: string; error?: string }> }) {
  if (await getCaller()) redirect("/settings/profile");
  const { q, error } = await searchParams;
  const query = (q ?? "").slice(0, 254);
  const tenant = query ? await findSsoTenant(query) : null;
  const message = isSsoError(error) ? SSO_ERROR_MESSAGES[error] : query && !tenant ? SSO_ERROR_MESSAGES.sso_unknown : null;
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">Sign in with SSO</h1>
      {message ? (
        <p role="alert" className="mb-4 rounded-md bg-danger-bg px-3 py-2 text-sm text-danger" data-testid="sso-error">
          {message}
        </p>
      ) : null}
      {tenant ? (
        <div className="flex flex-col gap-4">
          <p className="text-sm">Your organization {tenant.tenantName} signs you in through its identity provider.</p>
          <a className={linkClass} href={`/api/sso/${tenant.protocol}/start?tenant=${tenant.tenantId}`}>
            Continue to {tenant.tenantName} SSO
          </a>
        </div>
      ) : (
        <form method="get" action="/sign-in/sso" className="flex flex-col gap-4">
          <TextField label="Work e-mail or tenant name" name="q" autoComplete="email" required defaultValue={query} />
          <Button type="submit">Continue</Button>
        </form>
      )}
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="underline">
          Sign in with a password instead
        </Link>
      </p>
    </>
  );
}
