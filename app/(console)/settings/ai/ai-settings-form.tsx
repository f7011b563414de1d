"use client";

import { useState } from "react";
import { SettingsCheckbox, SettingsNumberField, SettingsRadioGroup, SettingsSelectField, SettingsTextField } from "@/components/settings/settings-fields";
import { SettingsForm, useFieldFeedback } from "@/components/settings/settings-form";
import type { AiSettingsDto } from "@/lib/settings/ai-settings";
import { BEDROCK_REGIONS } from "@/lib/settings/bedrock-regions";
import { LIMITS } from "@/lib/settings/limits";
import { saveAiSettings } from "./actions";

const REGION_OPTIONS = [{ value: "", label: "Choose a Region" }, ...BEDROCK_REGIONS.map((r) => ({ value: r.id, label: `${r.name} — ${r.id}` }))];

/** The Bedrock fields appear only while "your own Amazon Bedrock" is chosen; the server ignores them otherwise. */
function ProviderFields({ settings }: { settings: AiSettingsDto }) {
  const echoed = useFieldFeedback("aiProvider").echoed;
  const [provider, setProvider] = useState(echoed ?? settings.provider);
  return (
    <>
      <SettingsRadioGroup
        legend="AI model provider"
        name="aiProvider"
        defaultValue={settings.provider}
        onChange={(e) => setProvider(e.target.value as AiSettingsDto["provider"])}
        options={[
          { value: "platform", label: "Platform-managed models" },
          { value: "bedrock", label: "Your own Amazon Bedrock account" },
        ]}
      />
      {provider === "bedrock" ? (
        <div className="flex flex-col gap-4 border-l-2 border-border pl-4">
          <p className="text-sm text-muted">With your own Bedrock account, features that need knowledge sources are not available.</p>
          <SettingsSelectField label="AWS Region" name="bedrockRegion" defaultValue={settings.bedrock?.region ?? ""} options={REGION_OPTIONS} />
          <SettingsTextField
            label="IAM role ARN"
            name="bedrockRoleArn"
            defaultValue={settings.bedrock?.roleArn ?? ""}
            placeholder="arn:aws:iam::123456789012:role/GatehouseBedrock"
            hint="The role the platform assumes to call Amazon Bedrock in your account."
            spellCheck={false}
          />
        </div>
      ) : null}
    </>
  );
}

export function AiSettingsForm({ settings, lastChanged }: { settings: AiSettingsDto; lastChanged: string | null }) {
  return (
    <SettingsForm action={saveAiSettings} section="ai" lastChanged={lastChanged}>
      <SettingsCheckbox
        label="Enable Builder Copilot test data access"
        name="copilotTestDataAccess"
        defaultChecked={settings.copilotTestDataAccess}
        hint="When on, Copilot may include the test-run data and step errors of the current session in its context. When off, it sees only the workflow definition and what the user types."
      />
      <ProviderFields settings={settings} />
      <SettingsNumberField
        label="AI requests per minute"
        name="aiRequestsPerMinute"
        value={settings.limits.requestsPerMinute}
        range={LIMITS.aiRequestsPerMinute}
        hint="Interactive AI requests of the whole tenant."
      />
      <SettingsNumberField
        label="Data processed per minute (MB)"
        name="aiMegabytesPerMinute"
        value={settings.limits.megabytesPerMinute}
        range={LIMITS.aiMegabytesPerMinute}
        hint="Data the interactive AI features process for the whole tenant."
      />
    </SettingsForm>
  );
}
