import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { NavLink } from "./nav-link";
import { SECTIONS } from "./sections";

export function Sidebar({ caller, logoSrc }: { caller: Caller; logoSrc: string | null }) {
  return (
    <nav aria-label="Settings" className="flex flex-col gap-1">
      <div className="mb-3 flex items-center gap-2 px-3">
        {logoSrc ? (
          // eslint-disable-next-line @next/next/no-img-element -- the tenant's own image, possibly on another host
          <img src={logoSrc} alt="" width={30} height={30} className="h-[30px] w-[30px] shrink-0 rounded object-cover" data-testid="sidebar-logo" />
        ) : null}
        <p className="text-sm font-semibold" data-testid="sidebar-tenant">
          {caller.tenantName}
        </p>
      </div>
      {SECTIONS.filter((s) => callerHas(caller, s.permission)).map((s) => (
        <NavLink key={s.href} href={s.href} label={s.label} />
      ))}
    </nav>
  );
}
