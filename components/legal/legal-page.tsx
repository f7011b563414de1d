import Link from "next/link";
import type { LegalDocument } from "@/lib/legal/default-texts";

export function LegalPage({ document }: { document: LegalDocument }) {
  return (
    <main className="mx-auto max-w-3xl px-6 py-12">
      <p className="mb-6 text-sm">
        <Link href="/" className="text-accent underline">
          ← Gatehouse
        </Link>
      </p>
      <h1 className="text-3xl font-semibold">{document.title}</h1>
      {document.sections.map((section) => (
        <section key={section.heading} className="mt-8">
          <h2 className="text-xl font-semibold">{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p} className="mt-3 leading-relaxed">
              {p}
            </p>
          ))}
        </section>
      ))}
    </main>
  );
}
