"use client";

import { useEffect, useRef, useState } from "react";
import { SettingsForm } from "@/components/settings/settings-form";
import { useFieldFeedback } from "@/components/settings/settings-form";
import { SettingsTextField } from "@/components/settings/settings-fields";
import { describeSize, LOGO_MAX_BYTES } from "@/lib/settings/image-type";
import { removeLogo, saveLogoUrl, uploadLogo } from "./actions";

/** The file field checks the size before sending 10+ MB for nothing; the server checks size and content again. */
function LogoFileField() {
  const serverErrors = useFieldFeedback("logo").errors;
  const [tooBig, setTooBig] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const form = inputRef.current?.form;
    if (!form) return;
    const block = (event: SubmitEvent) => {
      if (!tooBig) return;
      event.preventDefault();
    };
    form.addEventListener("submit", block);
    return () => form.removeEventListener("submit", block);
  }, [tooBig]);
  const errors = tooBig ? [tooBig] : serverErrors;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="field-logo" className="text-sm font-medium">
        Logo file
      </label>
      <input
        ref={inputRef}
        id="field-logo"
        name="logo"
        type="file"
        accept="image/png,image/jpeg"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? "field-logo-hint field-logo-error" : "field-logo-hint"}
        className="text-sm"
        onChange={(e) => {
          const size = e.target.files?.[0]?.size ?? 0;
          setTooBig(size > LOGO_MAX_BYTES ? `The file is ${describeSize(size)}; a logo may be at most 10 MB.` : null);
        }}
      />
      <p id="field-logo-hint" className="text-xs text-muted">
        PNG or JPEG, at most 10 MB. A square image looks best.
      </p>
      {errors?.length ? (
        <p id="field-logo-error" className="text-sm text-danger">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function LogoSettings(props: { src: string | null; kind: "none" | "upload" | "url"; url: string; lastChanged: string | null }) {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex items-center gap-4">
        {props.src ? (
          // eslint-disable-next-line @next/next/no-img-element -- the tenant's own image, possibly on another host
          <img src={props.src} alt="Current logo" width={64} height={64} className="h-16 w-16 rounded border border-border object-cover" data-testid="logo-preview" />
        ) : (
          <p className="text-sm text-muted" data-testid="logo-none">
            No logo yet: the sidebar shows the tenant name only.
          </p>
        )}
        {props.kind !== "none" ? (
          <SettingsForm action={removeLogo} section="logo-remove" lastChanged={null} submitLabel="Remove logo" confirmMessage="Remove the logo? The sidebar will show the tenant name only.">
            {null}
          </SettingsForm>
        ) : null}
      </div>
      <SettingsForm action={uploadLogo} section="logo" lastChanged={props.lastChanged} submitLabel="Upload">
        <LogoFileField />
      </SettingsForm>
      <SettingsForm action={saveLogoUrl} section="logo-url" lastChanged={null} submitLabel="Use this address">
        <SettingsTextField label="Or an https address of the logo" name="logoUrl" type="url" defaultValue={props.url} placeholder="https://cdn.example.com/logo.png" />
      </SettingsForm>
    </div>
  );
}
