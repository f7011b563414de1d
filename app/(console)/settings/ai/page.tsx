import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getAiSettings } from "@/lib/settings/ai-settings";
import { getLastChanges } from "@/lib/settings/get-tenant-settings";
import { describeLastChange } from "@/lib/settings/last-changed";
import { AiSettingsForm } from "./ai-settings-form";

export const metadata: Metadata = { title: "AI settings" };

export default async function AiSettingsPage() {
  const caller = await requireCaller();
  if (!callerHas(caller, "settings:update")) notFound();
  const [settings, changes] = await Promise.all([getAiSettings(caller), getLastChanges(caller)]);
  return (
    <>
      <h1 className="text-2xl font-semibold">AI</h1>
      <Card title="AI settings" description="How the platform's AI features work for this tenant. The platform reads these settings through the API.">
        <AiSettingsForm settings={settings} lastChanged={describeLastChange(changes.ai, caller.displayFormat)} />
      </Card>
    </>
  );
}
