import Link from "next/link";

/** Cursor pagination links: back to the first page, and on to the next one while there is one. */
export function Pager({ basePath, cursor, nextCursor, label }: { basePath: string; cursor?: string; nextCursor: string | null; label: string }) {
  if (!cursor && !nextCursor) return null;
  return (
    <nav aria-label={label} className="mt-4 flex gap-4 text-sm">
      {cursor ? (
        <Link href={basePath} className="underline">
          First page
        </Link>
      ) : null}
      {nextCursor ? (
        <Link href={`${basePath}?cursor=${encodeURIComponent(nextCursor)}`} className="underline">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
