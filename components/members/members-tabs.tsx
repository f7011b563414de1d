import Link from "next/link";

const TABS = [
  { key: "users", href: "/settings/accounts", label: "Users" },
  { key: "invitations", href: "/settings/accounts/invitations", label: "Invitations" },
  { key: "service-accounts", href: "/settings/accounts/service-accounts", label: "Service accounts" },
] as const;

export type MembersTab = (typeof TABS)[number]["key"];

/** The Members section's tabs; each page passes which tabs its caller may open. */
export function MembersTabs({ current, visible }: { current: MembersTab; visible: readonly MembersTab[] }) {
  return (
    <nav aria-label="Accounts" className="flex gap-1 border-b border-border">
      {TABS.filter((t) => visible.includes(t.key)).map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 text-sm ${t.key === current ? "border-accent font-medium" : "border-transparent text-muted"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
