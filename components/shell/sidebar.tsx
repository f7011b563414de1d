import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { NavLink } from "./nav-link";
import { SECTIONS } from "./sections";

export function Sidebar({ caller }: { caller: Caller }) {
  return (
    <nav aria-label="Settings" className="flex flex-col gap-1">
      <p className="mb-3 px-3 text-sm font-semibold" data-testid="sidebar-tenant">
        {caller.tenantName}
      </p>
      {SECTIONS.filter((s) => callerHas(caller, s.permission)).map((s) => (
        <NavLink key={s.href} href={s.href} label={s.label} />
      ))}
    </nav>
  );
}
