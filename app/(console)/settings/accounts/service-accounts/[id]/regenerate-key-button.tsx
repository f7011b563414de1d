"use client";

import { SecretReveal } from "@/app/(console)/settings/api-keys/secret-reveal";
import { ConfirmAction } from "@/components/ui/confirm-action";
import type { ApiKeyWithSecret } from "@/lib/api-keys/dto";
import { regenerateServiceAccountKeyAction } from "../actions";

/** Regenerate one of a service account's keys; the new secret is shown once, as for personal keys. */
export function RegenerateKeyButton({ serviceAccountId, keyId, keyName }: { serviceAccountId: string; keyId: string; keyName: string }) {
  return (
    <ConfirmAction<ApiKeyWithSecret>
      label="Regenerate"
      ariaLabel={`Regenerate ${keyName}`}
      title={`Regenerate “${keyName}”`}
      message="A new secret replaces the current one, which stops working immediately. Anything using this key needs the new secret."
      confirmLabel="Regenerate"
      pendingLabel="Regenerating…"
      action={regenerateServiceAccountKeyAction}
      fields={{ serviceAccountId, id: keyId }}
      result={(data, close) => <SecretReveal secret={data.secret} onDone={close} />}
    />
  );
}
