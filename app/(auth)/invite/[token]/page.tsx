import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/lib/auth/current-caller";
import { TENANT_ROLE_INFO } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";
import { findOpenInvitation } from "@/lib/invitations/open-invitation";
import { ExistingUserForm, JoinForm, NewUserForm } from "./accept-forms";

export const metadata: Metadata = { title: "Accept invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findOpenInvitation(getDb(), token);
  if (!invitation) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-semibold">Invitation not valid</h1>
        <p className="text-sm">
          This invitation link is no longer valid. It may have expired, been used already or been cancelled. Ask your administrator to send you a new
          invitation.
        </p>
        <p className="mt-4 text-sm">
          <Link href="/sign-in" className="text-accent underline">
            Go to sign-in
          </Link>
        </p>
      </>
    );
  }
  const caller = await getCaller();
  const role = TENANT_ROLE_INFO[invitation.role].label;
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Join {invitation.tenantName}</h1>
      <p className="mb-6 text-sm text-muted" data-testid="invitation-summary">
        You are invited to <strong>{invitation.tenantName}</strong> as <strong>{role}</strong>, with the address {invitation.email}.
      </p>
      {invitation.ssoOnly ? (
        <SsoOnlyNotice tenantName={invitation.tenantName} ssoStartPath={invitation.ssoStartPath} />
      ) : caller?.email === invitation.email ? (
        <JoinForm token={token} tenantName={invitation.tenantName} />
      ) : invitation.accountExists ? (
        <ExistingUserForm token={token} email={invitation.email} />
      ) : (
        <NewUserForm token={token} email={invitation.email} passwordMinLength={invitation.passwordMinLength} />
      )}
    </>
  );
}

const ssoLinkClass = "inline-flex items-center justify-center rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg hover:opacity-90";

/**
 * Strict SSO mode: no password form for a non-Admin (decision 0046). A link, not a form: the CSP's form-action 'self'
 * would stop a submission that redirects to the identity provider.
 */
function SsoOnlyNotice({ tenantName, ssoStartPath }: { tenantName: string; ssoStartPath: string | null }) {
  return (
    <div className="flex flex-col gap-4" data-testid="invitation-sso-only">
      <p className="text-sm">
        {tenantName} requires single sign-on: you join by signing in through its identity provider, not with a password. Your invitation stays open.
      </p>
      {ssoStartPath ? (
        <a className={ssoLinkClass} href={ssoStartPath}>
          Continue to {tenantName} SSO
        </a>
      ) : (
        <p className="text-sm">Its single sign-on is not available right now. Ask your administrator.</p>
      )}
    </div>
  );
}
