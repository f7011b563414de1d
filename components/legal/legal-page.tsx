import Link from "next/link";
import { redirect } from "next/navigation";
import type { LegalPageKey } from "@/lib/config/config";
import { loadLegalText } from "@/lib/legal/legal-text";
import { MarkdownView } from "./markdown-view";

/** The security statement or privacy policy: the operator's Markdown, a redirect to their address, or the default. */
export async function LegalPage({ page, title }: { page: LegalPageKey; title: string }) {
  const text = await loadLegalText(page);
  if (text.kind === "url") redirect(text.url);
  return (
    <main className="mx-auto max-w-3xl px-6 py-12">
      <p className="mb-6 text-sm">
        <Link href="/" className="text-accent underline">
          ← Gatehouse
        </Link>
      </p>
      {text.kind === "markdown" ? (
        <>
          {text.blocks[0]?.type === "heading" && text.blocks[0].level === 1 ? null : <h1 className="text-3xl font-semibold">{title}</h1>}
          <MarkdownView blocks={text.blocks} />
        </>
      ) : (
        <>
          <h1 className="text-3xl font-semibold">{text.document.title}</h1>
          {text.document.sections.map((section) => (
            <section key={section.heading} className="mt-8">
              <h2 className="text-xl font-semibold">{section.heading}</h2>
              {section.paragraphs.map((p) => (
                <p key={p} className="mt-3 leading-relaxed">
                  {p}
                </p>
              ))}
            </section>
          ))}
        </>
      )}
    </main>
  );
}
