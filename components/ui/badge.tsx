import type { ReactNode } from "react";

export function Badge({ children }: { children: ReactNode }) {
  return <span className="ml-2 inline-block rounded-full border border-border px-2 py-0.5 text-xs text-muted">{children}</span>;
}
