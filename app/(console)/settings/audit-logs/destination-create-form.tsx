"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import { STREAM_KIND_LABELS } from "@/lib/audit/stream/payload";
import { addDestination } from "./actions";

const kindOptions = Object.entries(STREAM_KIND_LABELS).map(([value, label]) => ({ value, label }));

export function DestinationCreateForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(addDestination, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="grid max-w-2xl grid-cols-1 gap-4 md:grid-cols-2" noValidate aria-label="Add a SIEM destination">
      <SelectField label="Type" name="kind" id="new-kind" options={kindOptions} defaultValue={values?.kind ?? "webhook"} errors={errors?.kind} />
      <TextField label="Name" name="name" id="new-name" defaultValue={values?.name} required maxLength={64} errors={errors?.name} />
      <div className="md:col-span-2">
        <TextField
          label="URL"
          name="url"
          id="new-url"
          type="url"
          defaultValue={values?.url}
          required
          errors={errors?.url}
          hint="Webhook: the full URL. Splunk: the HEC base URL (…:8088). Elasticsearch: the cluster URL."
        />
      </div>
      <TextField
        label="Secret or token"
        name="secret"
        id="new-secret"
        type="password"
        autoComplete="off"
        required
        errors={errors?.secret}
        hint="Webhook signing secret, HEC token or Elasticsearch API key. Stored encrypted; never shown again."
      />
      <TextField label="Elasticsearch index" name="indexName" id="new-indexName" defaultValue={values?.indexName} errors={errors?.indexName} hint="Elasticsearch only." />
      <div className="md:col-span-2">
        <FormStatus state={state} />
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add destination"}
        </Button>
      </div>
    </form>
  );
}
