import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getGeneralSettings } from "@/lib/tenants/get-general-settings";
import { GeneralSettingsForm } from "./general-settings-form";

export const metadata: Metadata = { title: "General settings" };

export default async function GeneralSettingsPage() {
  const caller = await requireCaller();
  if (!callerHas(caller, "settings:update")) notFound();
  const settings = await getGeneralSettings(caller);
  return (
    <>
      <h1 className="text-2xl font-semibold">General</h1>
      <Card title="Tenant" description="How your tenant is named across the console.">
        <GeneralSettingsForm settings={settings} />
      </Card>
    </>
  );
}
