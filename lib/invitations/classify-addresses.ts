import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { invitations, memberships, tenantSettings, users } from "@/db/schema";
import { isEmailDomainAuthorized } from "@/lib/auth/authorized-domains";
import type { Db, Tx } from "@/lib/db";
import { ZEmail } from "@/lib/validation/identity";

export const ADDRESS_PROBLEMS = ["invalid", "duplicate", "already_member", "already_invited", "outside_domains"] as const;
export type AddressProblem = (typeof ADDRESS_PROBLEMS)[number];
export type RefusedAddress = { email: string; problem: AddressProblem; message: string };
export type ClassifiedAddresses = { valid: string[]; refused: RefusedAddress[] };

const MESSAGES: Record<AddressProblem, string> = {
  invalid: "Not a valid e-mail address.",
  duplicate: "Appears more than once in this batch.",
  already_member: "Already a member of this tenant.",
  already_invited: "Already invited; resend or cancel that invitation from the list.",
  outside_domains: "Outside the tenant's authorized domains.",
};

export const refusal = (email: string, problem: AddressProblem): RefusedAddress => ({ email, problem, message: MESSAGES[problem] });

/**
 * Sorts a batch into the addresses that can be invited (normalised, in order) and the refused ones with the reason:
 * not an address, repeated, already a member, already invited (an expired invitation counts: resend it), or outside
 * the authorized domains (SPEC §4, decision 0073: whatever the role — the Admin exemption at sign-in exists so that a
 * domain list cannot lock existing Admins out, not to let new addresses in).
 */
export async function classifyAddresses(db: Db | Tx, tenantId: string, entries: readonly string[]): Promise<ClassifiedAddresses> {
  const refused: RefusedAddress[] = [];
  const candidates: string[] = [];
  const seen = new Set<string>();
  const [settings] = await db.select({ domains: tenantSettings.authorizedDomains }).from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId));
  for (const entry of entries) {
    const parsed = ZEmail.safeParse(entry);
    if (!parsed.success) refused.push(refusal(entry, "invalid"));
    else if (seen.has(parsed.data)) refused.push(refusal(parsed.data, "duplicate"));
    else {
      seen.add(parsed.data);
      if (!isEmailDomainAuthorized(parsed.data, settings?.domains ?? [])) refused.push(refusal(parsed.data, "outside_domains"));
      else candidates.push(parsed.data);
    }
  }
  if (!candidates.length) return { valid: [], refused };

  const members = await db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), inArray(users.email, candidates)));
  const invited = await db
    .select({ email: invitations.email })
    .from(invitations)
    .where(and(eq(invitations.tenantId, tenantId), eq(invitations.status, "pending"), inArray(invitations.email, candidates)));
  const memberEmails = new Set(members.map((m) => m.email));
  const invitedEmails = new Set(invited.map((i) => i.email));
  const valid: string[] = [];
  for (const email of candidates) {
    if (memberEmails.has(email)) refused.push(refusal(email, "already_member"));
    else if (invitedEmails.has(email)) refused.push(refusal(email, "already_invited"));
    else valid.push(email);
  }
  return { valid, refused };
}
