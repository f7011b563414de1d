import Link from "next/link";

export function LegalLinks() {
  return (
    <nav aria-label="Legal" className="flex gap-4 text-xs text-muted">
      <Link href="/security" className="underline hover:text-fg">
        Security statement
      </Link>
      <Link href="/privacy" className="underline hover:text-fg">
        Privacy policy
      </Link>
    </nav>
  );
}
