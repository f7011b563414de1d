import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/shell/account-menu";
import { LegalLinks } from "@/components/shell/legal-links";
import { Sidebar } from "@/components/shell/sidebar";
import { toCallerDto } from "@/lib/auth/caller-dto";
import { requireCaller } from "@/lib/auth/current-caller";
import { listMyTenants } from "@/lib/members/my-tenants";
import { parseTheme, THEME_COOKIE } from "@/lib/preferences/theme";
import { getLogoState, logoSrc } from "@/lib/settings/tenant-logo";

/** The console's frame. It renders navigation only; every page and action authorizes on its own. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const caller = await requireCaller();
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  const logo = logoSrc(await getLogoState(caller));
  const tenants = await listMyTenants(caller);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between border-b border-border bg-card px-6 py-3">
        <a href="#main" className="sr-only focus:not-sr-only">
          Skip to content
        </a>
        <span className="font-semibold">Gatehouse</span>
        <AccountMenu caller={toCallerDto(caller)} theme={theme} tenants={tenants} />
      </header>
      <div className="flex flex-1">
        <aside className="w-56 shrink-0 border-r border-border bg-card p-4">
          <Sidebar caller={caller} logoSrc={logo} />
        </aside>
        <main id="main" className="flex-1 p-8">
          <div className="mx-auto flex max-w-4xl flex-col gap-6">{children}</div>
        </main>
      </div>
      <footer className="border-t border-border px-6 py-3">
        <LegalLinks />
      </footer>
    </div>
  );
}
