import type { ReactNode } from "react";
import { LegalLinks } from "@/components/shell/legal-links";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center gap-6 px-4 py-10">
      <main className="w-full max-w-md rounded-lg border border-border bg-card p-8 shadow-sm">
        <p className="mb-6 text-sm font-semibold tracking-wide text-muted">Gatehouse</p>
        {children}
      </main>
      <footer>
        <LegalLinks />
      </footer>
    </div>
  );
}
