import type { Metadata } from "next";
import { DetailsCard } from "@/components/profile/details-card";
import { EmailCard } from "@/components/profile/email-card";
import { LinkedAccountsCard } from "@/components/profile/linked-accounts-card";
import { PasswordCard } from "@/components/profile/password-card";
import { SessionsCard } from "@/components/profile/sessions-card";
import { TwoFactorCard } from "@/components/profile/two-factor-card";
import { requireCaller } from "@/lib/auth/current-caller";
import { TENANT_ROLE_INFO } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";
import { getProfile } from "@/lib/profile/get-profile";
import { listOwnSessions } from "@/lib/profile/list-own-sessions";
import { passwordMinLengthFor } from "@/lib/profile/password-min-length";

export const metadata: Metadata = { title: "Profile" };

/** One card per concern (details, e-mail, password, sessions, …), each a component under components/profile. */
export default async function ProfilePage() {
  const caller = await requireCaller();
  const [profile, sessions, minLength] = await Promise.all([getProfile(caller), listOwnSessions(caller), passwordMinLengthFor(getDb(), caller.userId)]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Profile</h1>
      <DetailsCard profile={profile} tenantName={caller.tenantName} roleLabel={TENANT_ROLE_INFO[caller.role].label} />
      <EmailCard profile={profile} displayFormat={caller.displayFormat} />
      <PasswordCard profile={profile} minLength={minLength} />
      <TwoFactorCard caller={caller} />
      <LinkedAccountsCard caller={caller} />
      <SessionsCard sessions={sessions} displayFormat={caller.displayFormat} />
    </>
  );
}
