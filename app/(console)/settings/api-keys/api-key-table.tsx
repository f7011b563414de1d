import type { ReactNode } from "react";

const COLUMNS = ["Key", "Scope", "Created", "Expires", "Last used", "Actions"];

/** The key list's frame; the first column names what each row is (the key, or its owner). */
export function ApiKeyTable({ caption, first, children, testId }: { caption: string; first: string; children: ReactNode; testId: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-border text-left">
            {[first, ...COLUMNS].map((column) => (
              <th key={column} scope="col" className="py-2 pr-4 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
