import { setThemeAction, signOutAction } from "@/app/(console)/actions";
import { switchTenantAction } from "@/app/(console)/tenant-actions";
import { ActionForm } from "@/components/forms/action-form";
import type { MyTenant } from "@/lib/members/my-tenants";
import { TENANT_ROLE_INFO } from "@/lib/authz/permissions";
import type { CallerDto } from "@/lib/auth/caller-dto";
import { THEMES, type Theme } from "@/lib/preferences/theme";

const THEME_LABEL: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };

export function AccountMenu({ caller, theme, tenants = [] }: { caller: CallerDto; theme: Theme; tenants?: MyTenant[] }) {
  const others = tenants.filter((t) => !t.current);
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-border px-3 py-2 text-sm" aria-label="Account menu">
        <span className="font-medium">{caller.name}</span>
        <span className="ml-2 text-muted">{caller.tenantName}</span>
      </summary>
      <div className="absolute right-0 z-10 mt-2 w-72 rounded-md border border-border bg-card p-4 shadow-lg">
        <p className="text-sm font-medium">{caller.name}</p>
        <p className="text-sm text-muted">{caller.email}</p>
        <p className="mt-2 text-sm">
          {caller.tenantName} · <span data-testid="current-role">{TENANT_ROLE_INFO[caller.role].label}</span>
        </p>
        {others.length ? (
          <div className="mt-4" data-testid="tenant-switcher">
            <ActionForm
              action={switchTenantAction}
              submitLabel="Switch tenant"
              pendingLabel="Switching…"
              fields={[
                {
                  kind: "select",
                  name: "tenantId",
                  label: "Tenant",
                  options: others.map((t) => ({ value: t.id, label: `${t.name} (${TENANT_ROLE_INFO[t.role].label})` })),
                },
              ]}
            />
          </div>
        ) : null}
        <form action={setThemeAction} className="mt-4 flex items-end gap-2">
          <label className="flex flex-1 flex-col gap-1 text-sm">
            Theme
            <select name="theme" defaultValue={theme} className="rounded-md border border-border bg-card px-2 py-1 text-fg">
              {THEMES.map((t) => (
                <option key={t} value={t}>
                  {THEME_LABEL[t]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded-md border border-border px-3 py-1 text-sm">
            Apply
          </button>
        </form>
        <form action={signOutAction} className="mt-4">
          <button type="submit" className="w-full rounded-md bg-accent px-3 py-2 text-sm font-medium text-accent-fg">
            Sign out
          </button>
        </form>
      </div>
    </details>
  );
}
