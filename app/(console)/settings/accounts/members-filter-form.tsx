import { SearchPicker } from "@/components/forms/search-picker";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { TENANT_ROLE_INFO, TENANT_ROLES } from "@/lib/authz/permissions";
import type { FieldErrors } from "@/lib/action/errors";
import type { PickerOption } from "@/lib/directory/picker-option";
import { searchGroupsForMemberFilter } from "./actions";

export type MemberFilterValues = Partial<Record<"q" | "status" | "role" | "group" | "sort" | "dir", string>>;

const STATUS = [
  { value: "", label: "Any status" },
  { value: "active", label: "Active" },
  { value: "inactive", label: "Inactive" },
];
const ROLES = [{ value: "", label: "Any role" }, ...TENANT_ROLES.map((r) => ({ value: r, label: TENANT_ROLE_INFO[r].label }))];
const SORTS = [
  { value: "name", label: "Name" },
  { value: "email", label: "E-mail" },
  { value: "last_sign_in", label: "Last sign-in" },
  { value: "created", label: "Member since" },
];
const DIRS = [
  { value: "", label: "Default" },
  { value: "asc", label: "Ascending" },
  { value: "desc", label: "Descending" },
];

/** A GET form: the filter lives in the address, so a filtered list can be bookmarked and shared. */
type Props = { values: MemberFilterValues; groupFilter: { available: boolean; chosen: PickerOption | null }; errors?: FieldErrors };

export function MembersFilterForm({ values, groupFilter, errors }: Props) {
  return (
    <form method="get" action="/settings/accounts" className="grid grid-cols-1 gap-3 md:grid-cols-3" aria-label="Filter members">
      <div className="md:col-span-3">
        <TextField label="Search" name="q" type="search" defaultValue={values.q} errors={errors?.q} maxLength={100} hint="Name or e-mail; each word matches the start of a word." />
      </div>
      <SelectField label="Status" name="status" options={STATUS} defaultValue={values.status ?? ""} errors={errors?.status} />
      <SelectField label="Role" name="role" options={ROLES} defaultValue={values.role ?? ""} errors={errors?.role} />
      {groupFilter.available ? (
        <SearchPicker
          id="members-filter-group"
          name="group"
          label="Group"
          hint="Type to search; empty: any group."
          search={searchGroupsForMemberFilter}
          initial={groupFilter.chosen ? [groupFilter.chosen] : []}
          errors={errors?.group}
        />
      ) : null}
      <SelectField label="Sort by" name="sort" options={SORTS} defaultValue={values.sort ?? "name"} errors={errors?.sort} />
      <SelectField label="Order" name="dir" options={DIRS} defaultValue={values.dir ?? ""} errors={errors?.dir} />
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg hover:opacity-90">
          Apply
        </button>
        <a href="/settings/accounts" className="text-sm underline">
          Clear
        </a>
      </div>
    </form>
  );
}
