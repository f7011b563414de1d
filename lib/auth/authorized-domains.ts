import type { TenantRole } from "@/lib/authz/permissions";

/** The part after the last "@", lower-cased. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/** An empty list means any domain; otherwise the e-mail's domain must be listed exactly (no subdomains). */
export function isEmailDomainAuthorized(email: string, domains: readonly string[]): boolean {
  return domains.length === 0 || domains.includes(emailDomain(email));
}

/** SPEC §9: Admins are exempt, so a domain list can never lock the tenant out. */
export function isMemberAuthorized(member: { email: string; role: TenantRole }, domains: readonly string[]): boolean {
  return member.role === "admin" || isEmailDomainAuthorized(member.email, domains);
}
