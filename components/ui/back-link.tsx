import Link from "next/link";

/** The link above a sub-page's heading, back to the list it belongs to. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-accent underline">
        {label}
      </Link>
    </p>
  );
}
