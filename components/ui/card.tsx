import type { ReactNode } from "react";

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");

export function Card({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-border bg-card p-6" aria-labelledby={`card-${slug(title)}`}>
      <h2 id={`card-${slug(title)}`} className="text-lg font-semibold">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-muted">{description}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
