"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import type { StreamDestinationDto } from "@/lib/audit/stream/list-stream-destinations";
import { STREAM_KIND_LABELS } from "@/lib/audit/stream/payload";
import { checkDestination, editDestination, removeDestination } from "./actions";

/** One destination: its delivery status, "test connection", edit and remove (with a confirmation step). */
export function DestinationItem({ destination: d }: { destination: StreamDestinationDto }) {
  const [testState, test, testing] = useActionState<ActionState<{ ok: boolean }>, FormData>(checkDestination, IDLE);
  const [editState, edit, saving] = useActionState<ActionState, FormData>(editDestination, IDLE);
  const [removeState, remove, removing] = useActionState<ActionState, FormData>(removeDestination, IDLE);
  const [confirming, setConfirming] = useState(false);
  const errors = editState.status === "error" ? editState.fieldErrors : undefined;
  const id = (field: string) => `dest-${d.id}-${field}`;
  return (
    <li className="rounded-md border border-border p-4" data-testid="siem-destination" aria-labelledby={id("title")}>
      <h3 id={id("title")} className="font-semibold">
        {d.name} <span className="text-sm font-normal text-muted">— {STREAM_KIND_LABELS[d.kind]}{d.enabled ? "" : " (paused by an Admin)"}</span>
      </h3>
      <p className="text-sm break-all text-muted">{d.url}{d.indexName ? ` → index ${d.indexName}` : ""}</p>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 text-sm" data-testid="siem-status">
        <dt className="text-muted">Last success</dt>
        <dd>{d.lastSuccessText ?? "never"}</dd>
        <dt className="text-muted">Last error</dt>
        <dd className="break-all">{d.lastError ? `${d.lastErrorText}: ${d.lastError}` : "none"}</dd>
        <dt className="text-muted">Backlog</dt>
        <dd>
          {d.backlog.toLocaleString("en-US")} {d.backlog === 1 ? "event" : "events"} waiting
          {d.pausedUntilText ? `; next attempt after ${d.pausedUntilText}` : ""}
        </dd>
      </dl>
      <div className="mt-3 flex flex-wrap items-start gap-3">
        <form action={test}>
          <input type="hidden" name="id" value={d.id} />
          <Button type="submit" variant="secondary" disabled={testing}>
            {testing ? "Testing…" : "Test connection"}
          </Button>
        </form>
        <form action={remove} className="flex gap-2">
          <input type="hidden" name="id" value={d.id} />
          {confirming ? (
            <>
              <Button type="submit" variant="danger" disabled={removing}>
                Remove {d.name} and its backlog
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
              Remove…
            </Button>
          )}
        </form>
      </div>
      <FormStatus state={testState} />
      <FormStatus state={removeState} />
      <details className="mt-2">
        <summary className="cursor-pointer text-sm underline">Edit {d.name}</summary>
        <form action={edit} className="mt-3 grid max-w-2xl grid-cols-1 gap-4 md:grid-cols-2" noValidate>
          <input type="hidden" name="id" value={d.id} />
          <TextField label="Name" name="name" id={id("name")} defaultValue={d.name} required maxLength={64} errors={errors?.name} />
          <TextField label="URL" name="url" id={id("url")} type="url" defaultValue={d.url} required errors={errors?.url} />
          <TextField label="New secret or token" name="secret" id={id("secret")} type="password" autoComplete="off" errors={errors?.secret} hint="Leave empty to keep the stored one." />
          {d.kind === "elasticsearch" ? <TextField label="Elasticsearch index" name="indexName" id={id("indexName")} defaultValue={d.indexName ?? ""} errors={errors?.indexName} /> : null}
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="enabled" defaultChecked={d.enabled} /> Stream new events to it
          </label>
          <div className="md:col-span-2">
            <FormStatus state={editState} />
            <Button type="submit" disabled={saving}>
              {saving ? "Saving…" : "Save destination"}
            </Button>
          </div>
        </form>
      </details>
    </li>
  );
}
