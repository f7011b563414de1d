"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { FormStatus } from "@/components/ui/form-status";
import { FormButtons } from "@/components/ui/form-buttons";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import type { ApiKeyDto, ApiKeyWithSecret } from "@/lib/api-keys/dto";
import { deleteApiKeyAction, regenerateApiKeyAction, updateApiKeyAction } from "./actions";
import { KeyDetailCells } from "./key-detail-cells";
import type { KeyView } from "./key-view";
import { SecretReveal } from "./secret-reveal";

function EditKeyForm({ view, onDone }: { view: KeyView; onDone: () => void }) {
  const [state, action, pending] = useActionState<ActionState<ApiKeyDto>, FormData>(async (prev, formData) => {
    const next = await updateApiKeyAction(prev, formData);
    if (next.status === "ok") onDone();
    return next;
  }, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="id" value={view.id} />
      <TextField id={`name-${view.id}`} label="Name" name="name" required maxLength={64} defaultValue={values?.name ?? view.name} errors={errors?.name} />
      <TextField id={`description-${view.id}`} label="Description" name="description" maxLength={256} defaultValue={values?.description ?? view.description} errors={errors?.description} />
      <FormStatus state={state} />
      <FormButtons pending={pending} label="Save" pendingLabel="Saving…" onCancel={onDone} />
    </form>
  );
}

/** One key of the list: its details, inline editing of name and description, regenerate and delete. */
export function ApiKeyRow({ view, canManage }: { view: KeyView; canManage: boolean }) {
  const [editing, setEditing] = useState(false);
  return (
    <tr className="border-b border-border align-top" data-testid={`api-key-${view.id}`}>
      <td className="py-3 pr-4">
        {editing ? (
          <EditKeyForm view={view} onDone={() => setEditing(false)} />
        ) : (
          <>
            <span className="font-medium">{view.name}</span>
            {view.description ? <span className="block text-xs text-muted">{view.description}</span> : null}
          </>
        )}
      </td>
      <td className="py-3 pr-4 font-mono text-xs">{view.display}</td>
      <KeyDetailCells view={view} />
      <td className="py-3">
        <div className="flex flex-wrap gap-2">
          {!canManage || editing ? null : (
            <Button type="button" variant="secondary" className="px-2 py-1" aria-label={`Edit ${view.name}`} onClick={() => setEditing(true)}>
              Edit
            </Button>
          )}
          {canManage ? (
            <>
              <ConfirmAction<ApiKeyWithSecret>
                label="Regenerate"
                ariaLabel={`Regenerate ${view.name}`}
                title={`Regenerate “${view.name}”`}
                message="A new secret replaces the current one, which stops working immediately. Anything using this key needs the new secret."
                confirmLabel="Regenerate"
                pendingLabel="Regenerating…"
                action={regenerateApiKeyAction}
                fields={{ id: view.id }}
                result={(data, close) => <SecretReveal secret={data.secret} onDone={close} />}
              />
              <ConfirmAction
                label="Delete"
                ariaLabel={`Delete ${view.name}`}
                title={`Delete “${view.name}”`}
                message="The key stops working immediately. This cannot be undone."
                confirmLabel="Delete key"
                pendingLabel="Deleting…"
                action={deleteApiKeyAction}
                fields={{ id: view.id }}
                danger
              />
            </>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
