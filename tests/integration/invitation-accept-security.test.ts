import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { groupMembers, invitations, memberships, sessions, signInChallenges, ssoConnections, tenantSettings, users, workspaceBindings } from "@/db/schema";
import { completeSecondStep, enrolmentForChallenge } from "@/lib/auth/complete-second-step";
import { getDb } from "@/lib/db";
import { acceptAsExistingUser, acceptAsNewUser, acceptAsSignedIn } from "@/lib/invitations/accept-flows";
import { acceptInvitation, type Accepted } from "@/lib/invitations/accept-invitation";
import { createInvitations } from "@/lib/invitations/create-invitations";
import { findOpenInvitation } from "@/lib/invitations/open-invitation";
import { resolveSsoSignIn } from "@/lib/sso/resolve-sso-sign-in";
import { META, PASSWORD, seedTenant } from "./support/fixtures";
import { enrolTwoFactor, totpCode } from "./support/two-factor";
import { auditOf, newGroup, newWorkspace, refusal } from "./support/workspace-fixtures";

const run = () => randomUUID().slice(0, 8);
// A fresh source address per call, so the per-IP sign-in throttle of other tests never interferes.
const freshMeta = () => ({ ...META, ip: `2001:db8::${run().slice(0, 4)}:${run().slice(0, 4)}` });
const NEW_ACCOUNT = (username: string) => ({ name: "New Person", username, password: "a-long-enough-passphrase-1", confirmPassword: "a-long-enough-passphrase-1" });

type Seeded = Awaited<ReturnType<typeof seedTenant>>;

async function inviteTo(target: Seeded, email: string, extra: Record<string, unknown> = {}) {
  const created = await createInvitations.execute(target.members[0]!.caller, { emails: [email], role: "consumer", ...extra }, META);
  return created.mails.find((m) => m.email === email.toLowerCase())!.token;
}

const setTenant = (tenantId: string, settings: Partial<typeof tenantSettings.$inferInsert>) => getDb().update(tenantSettings).set(settings).where(eq(tenantSettings.tenantId, tenantId));
const sessionsOf = async (userId: string) => (await getDb().select({ tenantId: sessions.tenantId }).from(sessions).where(eq(sessions.userId, userId))).map((s) => s.tenantId);
const challengesOf = (userId: string) => getDb().select().from(signInChallenges).where(eq(signInChallenges.userId, userId));
const invitationOf = async (tenantId: string, email: string) =>
  (await getDb().select().from(invitations).where(and(eq(invitations.tenantId, tenantId), eq(invitations.email, email.toLowerCase()))))[0]!;
const membershipOf = async (tenantId: string, userId: string) =>
  (await getDb().select().from(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId))))[0];
const userByEmail = async (email: string) => (await getDb().select().from(users).where(eq(users.email, email)))[0];
/** The tenant's audit events since `from` (a sequence number), as "action" or "action:reason/method". */
const eventsSince = async (tenantId: string, from: number) =>
  (await auditOf(tenantId)).filter((e) => e.seq > from).map((e) => {
    const details = e.details as { reason?: string; method?: string } | null;
    return details?.reason || details?.method ? `${e.action}:${details.reason ?? ""}/${details.method ?? ""}` : e.action;
  });
const lastSeq = async (tenantId: string) => (await auditOf(tenantId)).at(-1)?.seq ?? 0;

function expectSecondStep(accepted: Accepted, purpose: "verify" | "enrol") {
  expect(accepted).toMatchObject({ kind: "second_step", purpose });
  if (accepted.kind !== "second_step") throw new Error("expected a second step");
  expect(accepted).not.toHaveProperty("sessionToken");
  return accepted.challengeToken;
}

describe("accepting into a tenant that requires two-factor", () => {
  it("a new account gets no session, only an enrolment challenge; enrolling opens the session in the tenant", async () => {
    const target = await seedTenant(["admin"]);
    await setTenant(target.tenantId, { requireTwoFactor: true });
    const email = `nia-${run()}@example.test`;
    const token = await inviteTo(target, email);
    const from = await lastSeq(target.tenantId);

    const challengeToken = expectSecondStep(await acceptAsNewUser(token, NEW_ACCOUNT(`nia-${run()}`), freshMeta()), "enrol");
    const user = (await userByEmail(email))!;
    expect(await sessionsOf(user.id)).toEqual([]);
    expect(await membershipOf(target.tenantId, user.id)).toMatchObject({ role: "consumer", status: "active" });
    expect(await invitationOf(target.tenantId, email)).toMatchObject({ status: "accepted", acceptedUserId: user.id });
    expect(await challengesOf(user.id)).toMatchObject([{ tenantId: target.tenantId, purpose: "enrol", method: "invitation" }]);
    const accepted = await eventsSince(target.tenantId, from);
    expect(accepted).toContain("invitation.accepted");
    expect(accepted.some((a) => a.startsWith("auth.sign_in.succeeded"))).toBe(false);

    // The same enrolment step as after a password sign-in.
    const details = await enrolmentForChallenge(getDb(), challengeToken);
    const done = await completeSecondStep(getDb(), challengeToken, totpCode(details!.manualKey.replace(/\s/g, ""), Date.now()), freshMeta());
    expect(done).toMatchObject({ ok: true, recoveryCodes: expect.any(Array) });
    expect(await sessionsOf(user.id)).toEqual([target.tenantId]);
    expect((await eventsSince(target.tenantId, from)).slice(-2)).toEqual(["two_factor.enabled:/totp", "auth.sign_in.succeeded:/invitation"]);
  });

  it("an existing user without two-factor enrols first, by password or from a session; one with it, or without a password, joins from a session", async () => {
    const home = await seedTenant(["admin", "consumer", "builder", "consumer"]);
    const target = await seedTenant(["admin"]);
    await setTenant(target.tenantId, { requireTwoFactor: true });
    const [byPassword, signedIn, enrolled] = [home.members[1]!, home.members[2]!, home.members[0]!];
    await enrolTwoFactor(enrolled.userId);

    expectSecondStep(await acceptAsExistingUser(await inviteTo(target, byPassword.email), PASSWORD, freshMeta()), "enrol");
    expect(await sessionsOf(byPassword.userId)).toEqual([]);
    expect(await membershipOf(target.tenantId, byPassword.userId)).toMatchObject({ status: "active" });

    expectSecondStep(await acceptAsSignedIn(await inviteTo(target, signedIn.email), signedIn.userId, freshMeta()), "enrol");
    expect(await sessionsOf(signedIn.userId)).not.toContain(target.tenantId);

    // Without a password there is no two-factor to enrol (SPEC §8: the requirement is for password users).
    const passwordless = home.members[3]!;
    await getDb().update(users).set({ passwordHash: null }).where(eq(users.id, passwordless.userId));
    expect(await acceptAsSignedIn(await inviteTo(target, passwordless.email), passwordless.userId, freshMeta())).toMatchObject({ kind: "session", tenantId: target.tenantId });

    // The session it came from passed the enrolled second factor already.
    const joined = await acceptAsSignedIn(await inviteTo(target, enrolled.email), enrolled.userId, freshMeta());
    expect(joined).toMatchObject({ kind: "session", tenantId: target.tenantId });
    expect(await sessionsOf(enrolled.userId)).toEqual([target.tenantId]);
  });
});

describe("accepting with two-factor enabled, not signed in", () => {
  it("the password alone opens no session anywhere: the code is asked on the second step, in the tenant joined", async () => {
    const home = await seedTenant(["admin", "consumer"]);
    const target = await seedTenant(["admin"]);
    const me = home.members[1]!;
    const { secret } = await enrolTwoFactor(me.userId);
    const token = await inviteTo(target, me.email, { role: "builder" });
    const from = await lastSeq(target.tenantId);

    const challengeToken = expectSecondStep(await acceptAsExistingUser(token, PASSWORD, freshMeta()), "verify");
    expect(await sessionsOf(me.userId)).toEqual([]);
    // The challenge the password step opened for the home tenant is gone; only the tenant joined's remains.
    expect((await challengesOf(me.userId)).map((c) => [c.tenantId, c.purpose])).toEqual([[target.tenantId, "verify"]]);
    expect(await membershipOf(target.tenantId, me.userId)).toMatchObject({ role: "builder", status: "active" });
    expect((await invitationOf(target.tenantId, me.email)).status).toBe("accepted");

    expect(await completeSecondStep(getDb(), challengeToken, "000000", freshMeta())).toEqual({ ok: false, reason: "invalid_code" });
    expect(await sessionsOf(me.userId)).toEqual([]);
    expect(await completeSecondStep(getDb(), challengeToken, totpCode(secret), freshMeta())).toMatchObject({ ok: true });
    expect(await sessionsOf(me.userId)).toEqual([target.tenantId]);
    expect(await eventsSince(target.tenantId, from)).toEqual(
      expect.arrayContaining(["invitation.accepted", "auth.second_factor.failed:invalid_code/", "auth.second_factor.succeeded", "auth.sign_in.succeeded:/invitation"]),
    );
  });
});

describe("accepting into a tenant in strict SSO mode", () => {
  it("refuses a non-Admin invitee before any password or account work, audited, and the invitation stays open", async () => {
    const home = await seedTenant(["admin", "consumer"]);
    const target = await seedTenant(["admin"]);
    await setTenant(target.tenantId, { ssoStrict: true });
    const existing = home.members[1]!;
    const newcomer = `sam-${run()}@example.test`;
    const [newToken, existingToken] = [await inviteTo(target, newcomer), await inviteTo(target, existing.email)];
    expect(await findOpenInvitation(getDb(), newToken)).toMatchObject({ ssoOnly: true, ssoStartPath: null });
    const [fromTarget, fromHome] = [await lastSeq(target.tenantId), await lastSeq(home.tenantId)];

    const refusals = [
      await refusal(acceptAsNewUser(newToken, NEW_ACCOUNT(`sam-${run()}`), freshMeta())),
      await refusal(acceptAsExistingUser(existingToken, PASSWORD, freshMeta())),
      await refusal(acceptAsSignedIn(existingToken, existing.userId, freshMeta())),
    ];
    for (const error of refusals) {
      expect(error.code).toBe("forbidden");
      expect(error.message).toContain("requires single sign-on");
    }
    expect(await userByEmail(newcomer)).toBeUndefined();
    expect(await membershipOf(target.tenantId, existing.userId)).toBeUndefined();
    expect(await sessionsOf(existing.userId)).toEqual([]);
    expect([(await invitationOf(target.tenantId, newcomer)).status, (await invitationOf(target.tenantId, existing.email)).status]).toEqual(["pending", "pending"]);
    expect(await eventsSince(target.tenantId, fromTarget)).toEqual(Array(3).fill("auth.sign_in.failed:sso_required/invitation"));
    // The password was never tried: nothing at the home tenant.
    expect(await eventsSince(home.tenantId, fromHome)).toEqual([]);

    // With the tenant's SSO on, the page links to it.
    await getDb().insert(ssoConnections).values({ tenantId: target.tenantId, protocol: "oidc", enabled: true });
    expect((await findOpenInvitation(getDb(), newToken))!.ssoStartPath).toBe(`/api/sso/oidc/start?tenant=${target.tenantId}`);
  });

  it("refuses when strict mode is switched on between the check and the accept, changing nothing", async () => {
    const target = await seedTenant(["admin"]);
    const email = `ray-${run()}@example.test`;
    const token = await inviteTo(target, email);
    await setTenant(target.tenantId, { ssoStrict: true });
    const error = await refusal(acceptInvitation(getDb(), token, { kind: "new_user", ...NEW_ACCOUNT(`ray-${run()}`) }, freshMeta()));
    expect(error.code).toBe("forbidden");
    expect(await userByEmail(email)).toBeUndefined();
    expect((await invitationOf(target.tenantId, email)).status).toBe("pending");
  });

  it("lets an Admin invitee accept with a password (the break-glass that sign-in keeps), two-factor rules included", async () => {
    const target = await seedTenant(["admin"]);
    await setTenant(target.tenantId, { ssoStrict: true });
    const email = `ada-${run()}@example.test`;
    const token = await inviteTo(target, email, { role: "admin" });
    expect(await findOpenInvitation(getDb(), token)).toMatchObject({ ssoOnly: false });
    const accepted = await acceptAsNewUser(token, NEW_ACCOUNT(`ada-${run()}`), freshMeta());
    expect(accepted).toMatchObject({ kind: "session", tenantId: target.tenantId });
    expect(await sessionsOf((await userByEmail(email))!.id)).toEqual([target.tenantId]);
  });

  it("the first SSO sign-in of the invited address takes up the invitation: its role, groups and workspace roles", async () => {
    const target = await seedTenant(["admin"]);
    const domain = `strict-${run()}.test`;
    await setTenant(target.tenantId, { ssoStrict: true, authorizedDomains: [domain, "example.test"] });
    const admin = target.members[0]!;
    const group = await newGroup(admin, "Invited team");
    const space = await newWorkspace(admin, `invited-space-${run()}`);
    const email = `tia@${domain}`;
    const token = await inviteTo(target, email, { role: "builder", groupIds: [group.id], workspaces: [`${space.id}:contributor`] });
    const from = await lastSeq(target.tenantId);

    const result = await resolveSsoSignIn(getDb(), { tenantId: target.tenantId, protocol: "oidc", subject: `sub-${run()}`, email, emailVerified: true, name: "Tia", groups: [] }, freshMeta());
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(await membershipOf(target.tenantId, result.userId)).toMatchObject({ role: "builder", status: "active" });
    expect(await getDb().select().from(groupMembers).where(eq(groupMembers.userId, result.userId))).toMatchObject([{ groupId: group.id }]);
    expect((await getDb().select().from(workspaceBindings).where(and(eq(workspaceBindings.userId, result.userId), eq(workspaceBindings.workspaceId, space.id))))[0]).toMatchObject({
      role: "contributor",
    });
    expect(await invitationOf(target.tenantId, email)).toMatchObject({ status: "accepted", acceptedUserId: result.userId });
    expect(await findOpenInvitation(getDb(), token)).toBeNull();
    const events = await eventsSince(target.tenantId, from);
    expect(events).toEqual(expect.arrayContaining(["invitation.accepted:/sso", "auth.sign_in.succeeded:/oidc"]));
  });
});
