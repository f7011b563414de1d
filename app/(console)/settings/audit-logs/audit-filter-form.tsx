import { SearchPicker } from "@/components/forms/search-picker";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { AUDIT_ACTIONS, AUDIT_CATEGORIES, type AuditCategory } from "@/lib/audit/catalogue";
import type { AuditFilter, parseAuditFilter } from "@/lib/audit/event-filter";
import { searchWorkspacesForAuditFilter } from "./actions";

const categoryOptions = [{ value: "", label: "Any category" }, ...Object.entries(AUDIT_CATEGORIES).map(([value, label]) => ({ value, label }))];
const actionOptions = [
  { group: "Any", options: [{ value: "", label: "Any action" }] },
  ...(Object.entries(AUDIT_CATEGORIES) as [AuditCategory, string][]).map(([category, label]) => ({
    group: label,
    options: Object.entries(AUDIT_ACTIONS)
      .filter(([, info]) => info.category === category)
      .map(([value, info]) => ({ value, label: `${value} — ${info.sentence}` })),
  })),
];

/** Minute precision in UTC, as `datetime-local` shows it. */
const local = (d?: Date) => (d ? d.toISOString().slice(0, 16) : undefined);

/** A plain GET form: the filter lives in the URL, so a filtered view can be bookmarked, shared and exported. */
type Props = { filter: AuditFilter; errors: ReturnType<typeof parseAuditFilter>["errors"]; workspaceNames: ReadonlyMap<string, string> };

export function AuditFilterForm({ filter, errors, workspaceNames }: Props) {
  const chosenWorkspace = filter.workspace
    ? [{ value: filter.workspace, label: workspaceNames.get(filter.workspace) ?? `Deleted workspace ${filter.workspace.slice(0, 8)}`, detail: filter.workspace }]
    : [];
  return (
    <form method="get" action="/settings/audit-logs" className="grid grid-cols-1 gap-3 md:grid-cols-3" aria-label="Filter audit events">
      <SelectField label="Category" name="category" options={categoryOptions} defaultValue={filter.category ?? ""} errors={errors.category} />
      <SelectField label="Action" name="action" options={actionOptions} defaultValue={filter.action ?? ""} errors={errors.action} />
      <TextField label="Actor (e-mail or name)" name="actor" defaultValue={filter.actor} errors={errors.actor} maxLength={254} />
      <SearchPicker
        id="audit-filter-workspace"
        name="workspace"
        label="Workspace"
        hint="Type to search; empty: any workspace."
        search={searchWorkspacesForAuditFilter}
        initial={chosenWorkspace}
        errors={errors.workspace}
      />
      <TextField label="From (UTC)" name="from" type="datetime-local" defaultValue={local(filter.from)} errors={errors.from} />
      <TextField label="To (UTC)" name="to" type="datetime-local" defaultValue={local(filter.to)} errors={errors.to} />
      <div className="md:col-span-2">
        <TextField label="Search" name="q" type="search" defaultValue={filter.q} errors={errors.q} maxLength={200} hint="Words from the action, actor, target, IP or details; each word matches as a prefix." />
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg hover:opacity-90">
          Apply filters
        </button>
        <a href="/settings/audit-logs" className="text-sm underline">
          Clear
        </a>
      </div>
    </form>
  );
}
