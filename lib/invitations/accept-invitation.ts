import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { groupMembers, invitationGroups, invitations, invitationWorkspaces, memberships, tenantSettings, tenants, users, workspaceBindings } from "@/db/schema";
import { DomainError, refuse } from "@/lib/action/errors";
import { record, type AuditContext } from "@/lib/audit/record";
import { secondStepFor } from "@/lib/auth/authenticate-password";
import { isEmailDomainAuthorized } from "@/lib/auth/authorized-domains";
import type { RequestMeta } from "@/lib/auth/caller";
import { hashPassword } from "@/lib/auth/password-hash";
import { createSession } from "@/lib/auth/sessions";
import { createChallenge, type ChallengePurpose } from "@/lib/auth/sign-in-challenge";
import { isSsoOnly } from "@/lib/auth/sso-only";
import type { Db, Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { addMembership } from "@/lib/memberships/add-membership";
import { hashInvitationToken, looksLikeInvitationToken } from "./invitation-token";
import { stillOpen } from "./still-open";

/**
 * Who accepts: a new account (its details already validated), or an existing account whose owner proved it, by its
 * password (`viaSession` false) or by being signed in to it (true: that session passed its second factor already).
 */
export type Acceptor = { kind: "new_user"; name: string; username: string; password: string } | { kind: "existing_user"; userId: string; viaSession: boolean };

/** A session in the tenant joined, or, as after a password (decision 0035), the second step still to pass on /two-factor. */
export type Accepted = { tenantId: string } & ({ kind: "session"; sessionToken: string } | { kind: "second_step"; purpose: ChallengePurpose; challengeToken: string });

export const linkNoLongerValid = () =>
  new DomainError("not_found", "This invitation link is no longer valid. It may have expired, been used or been cancelled; ask your administrator for a new one.");

export const ssoRequired = (tenantName: string) =>
  new DomainError("forbidden", `${tenantName} requires single sign-on. Use “Sign in with SSO” to join; your invitation stays open.`);

/**
 * Accepts an invitation (SPEC §4) in one transaction: claims it with a conditional UPDATE (pending and not expired),
 * so of two concurrent accepts exactly one wins; refuses a non-Admin of a strict-SSO tenant; creates the account or
 * checks that the existing one has the invited e-mail; adds the membership (with its personal workspace), the groups
 * and the workspace roles; audits; and starts a session in the tenant, unless the second factor (or, where the tenant
 * requires it, its enrolment) is still due: then only a sign-in challenge, exactly as a password sign-in.
 */
export async function acceptInvitation(db: Db, token: string, acceptor: Acceptor, meta: RequestMeta): Promise<Accepted> {
  if (!looksLikeInvitationToken(token)) throw linkNoLongerValid();
  const passwordHash = acceptor.kind === "new_user" ? await hashPassword(acceptor.password) : null;
  try {
    return await db.transaction(async (tx) => {
      const [invitation] = await tx
        .update(invitations)
        .set({ status: "accepted", acceptedAt: sql`now()`, updatedAt: sql`now()` })
        .where(and(eq(invitations.tokenHash, hashInvitationToken(token)), stillOpen()))
        .returning({ id: invitations.id, tenantId: invitations.tenantId, email: invitations.email, role: invitations.role });
      if (!invitation) throw linkNoLongerValid();

      const user = acceptor.kind === "new_user" ? await createAccount(tx, invitation.email, acceptor, passwordHash!) : await existingAccount(tx, acceptor.userId, invitation.email);
      const [tenant] = await tx
        .select({ name: tenants.name, domains: tenantSettings.authorizedDomains, ssoStrict: tenantSettings.ssoStrict, requireTwoFactor: tenantSettings.requireTwoFactor })
        .from(tenants)
        .innerJoin(tenantSettings, eq(tenantSettings.tenantId, tenants.id))
        .where(eq(tenants.id, invitation.tenantId));
      // The domain list may have changed since the invitation was sent.
      if (!tenant || !isEmailDomainAuthorized(user.email, tenant.domains)) throw new DomainError("forbidden", "Unauthorized");
      // Checked before the account work by the callers; again here, in case strict mode was switched on meanwhile.
      if (isSsoOnly(tenant.ssoStrict, invitation.role)) throw ssoRequired(tenant.name);
      const [member] = await tx.select({ status: memberships.status }).from(memberships).where(and(eq(memberships.tenantId, invitation.tenantId), eq(memberships.userId, user.id)));
      if (member) throw new DomainError("conflict", `You are already a member of ${tenant.name}.`);

      const membership = await addMembership(tx, { tenantId: invitation.tenantId, userId: user.id, role: invitation.role });
      const grants = await applyGrants(tx, invitation.id, invitation.tenantId, user.id);
      await tx.update(invitations).set({ acceptedUserId: user.id }).where(eq(invitations.id, invitation.id));

      const context: AuditContext = { tenantId: invitation.tenantId, actor: { type: "user", id: user.id, label: user.email }, ...meta };
      await record(tx, context, {
        action: "invitation.accepted",
        target: { type: "invitation", id: invitation.id, label: user.email },
        details: { role: invitation.role, newAccount: acceptor.kind === "new_user", ...grants },
      });
      for (const event of membership.events) await record(tx, context, event);

      const step = await secondStepFor(tx, user.id, tenant.requireTwoFactor);
      // A session proved the enrolled second factor already; the requirement is for password users (SPEC §8), and a
      // user without a password (SSO, social) has no two-factor here to enrol (decision 0035).
      const proven = step === "verify" && acceptor.kind === "existing_user" && acceptor.viaSession;
      const purpose = proven || (step === "enrol" && !user.hasPassword) ? null : step;
      if (purpose) {
        const challengeToken = await createChallenge(tx, { userId: user.id, tenantId: invitation.tenantId, purpose, method: "invitation" });
        return { kind: "second_step", purpose, challengeToken, tenantId: invitation.tenantId } as const;
      }
      const sessionToken = await createSession(tx, { userId: user.id, tenantId: invitation.tenantId, ...meta });
      await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
      await record(tx, context, { action: "auth.sign_in.succeeded", details: { method: "invitation" } });
      return { kind: "session", sessionToken, tenantId: invitation.tenantId } as const;
    });
  } catch (error) {
    // A username or e-mail taken between the check and the insert (the transaction is gone: nothing was changed).
    if (isUniqueViolation(error)) throw refuse.invalid({ username: ["This username is taken. Choose another."] });
    throw error;
  }
}

async function createAccount(tx: Tx, email: string, acceptor: Extract<Acceptor, { kind: "new_user" }>, passwordHash: string) {
  const [taken] = await tx.select({ email: users.email, username: users.username }).from(users).where(sql`${users.email} = ${email} or ${users.username} = ${acceptor.username}`);
  if (taken?.email === email) throw new DomainError("conflict", "An account with this e-mail address exists already. Reload the page and sign in with it to join.");
  if (taken) throw refuse.invalid({ username: ["This username is taken. Choose another."] });
  const [user] = await tx.insert(users).values({ email, username: acceptor.username, name: acceptor.name, passwordHash }).returning({ id: users.id, email: users.email });
  return { ...user!, hasPassword: true };
}

async function existingAccount(tx: Tx, userId: string, invitedEmail: string) {
  const [user] = await tx.select({ id: users.id, email: users.email, hasPassword: sql<boolean>`${users.passwordHash} is not null` }).from(users).where(eq(users.id, userId));
  if (!user || user.email.toLowerCase() !== invitedEmail) throw new DomainError("forbidden", "This invitation was sent to another e-mail address.");
  return user;
}

/** The invitation's groups and workspace roles that still exist (a group or workspace deleted meanwhile drops out). */
export async function applyGrants(tx: Tx, invitationId: string, tenantId: string, userId: string) {
  const groups = await tx.select({ groupId: invitationGroups.groupId }).from(invitationGroups).where(eq(invitationGroups.invitationId, invitationId));
  const spaces = await tx.select({ workspaceId: invitationWorkspaces.workspaceId, role: invitationWorkspaces.role }).from(invitationWorkspaces).where(eq(invitationWorkspaces.invitationId, invitationId));
  if (groups.length) await tx.insert(groupMembers).values(groups.map((g) => ({ tenantId, groupId: g.groupId, userId }))).onConflictDoNothing();
  if (spaces.length) {
    await tx
      .insert(workspaceBindings)
      .values(spaces.map((w) => ({ tenantId, workspaceId: w.workspaceId, principalType: "user" as const, userId, role: w.role })))
      // The invitation's role wins over the tenant's default workspace role granted with the membership.
      .onConflictDoUpdate({ target: [workspaceBindings.workspaceId, workspaceBindings.userId], set: { role: sql`excluded.role`, updatedAt: sql`now()` } });
  }
  return { groupIds: groups.map((g) => g.groupId), workspaces: spaces };
}
