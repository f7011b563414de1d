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
      {caller?.email === invitation.email ? (
        <JoinForm token={token} tenantName={invitation.tenantName} />
      ) : invitation.accountExists ? (
        <ExistingUserForm token={token} email={invitation.email} />
      ) : (
        <NewUserForm token={token} email={invitation.email} />
      )}
    </>
  );
}
