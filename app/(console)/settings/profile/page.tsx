import type { Metadata } from "next";
import { TwoFactorCard } from "@/components/profile/two-factor-card";
import { Card } from "@/components/ui/card";
import { requireCaller } from "@/lib/auth/current-caller";
import { TENANT_ROLE_INFO } from "@/lib/authz/permissions";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const caller = await requireCaller();
  const rows: [string, string][] = [
    ["Name", caller.name],
    ["Username", caller.username],
    ["E-mail", caller.email],
    ["Tenant", caller.tenantName],
    ["Tenant role", TENANT_ROLE_INFO[caller.role].label],
  ];
  return (
    <>
      <h1 className="text-2xl font-semibold">Profile</h1>
      <Card title="Your account" description="Who you are in this tenant.">
        <dl className="grid grid-cols-[10rem_1fr] gap-y-2 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted">{label}</dt>
              <dd data-testid={`profile-${label.toLowerCase().replace(/\s/g, "-")}`}>{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <TwoFactorCard caller={caller} />
    </>
  );
}
