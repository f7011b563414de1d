import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupMembers, invitations, memberships, sessions, tenantSettings, users, workspaceBindings } from "@/db/schema";
import { getDb } from "@/lib/db";
import { pickGroupsForInvitation, pickWorkspacesForInvitation } from "@/lib/directory/pickers";
import { acceptAsExistingUser, acceptAsNewUser, acceptAsSignedIn } from "@/lib/invitations/accept-flows";
import { cancelInvitation } from "@/lib/invitations/cancel-invitation";
import { createInvitations } from "@/lib/invitations/create-invitations";
import { hashInvitationToken } from "@/lib/invitations/invitation-token";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { findOpenInvitation } from "@/lib/invitations/open-invitation";
import { previewInvitations } from "@/lib/invitations/preview-invitations";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { inviteAndMail, resendAndMail } from "@/lib/invitations/invite-and-mail";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server";
import { META, PASSWORD, seedTenant } from "./support/fixtures";
import { auditActions, auditOf, newGroup, newWorkspace, refusal } from "./support/workspace-fixtures";

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  // lib/config reads the environment on first use; the mail transport is cached per process.
  // Pooled, as a deployment that sends batches should configure it (README).
  process.env.SMTP_URL = `${smtp.url}?pool=true`;
  delete (globalThis as { gatehouseMailer?: unknown }).gatehouseMailer;
});
afterAll(() => smtp.stop());

const run = () => Math.random().toString(36).slice(2, 8);
const NEW_ACCOUNT = (username: string) => ({ name: "New Person", username, password: "a-long-enough-passphrase-1", confirmPassword: "a-long-enough-passphrase-1" });
const tokenIn = (text: string) => /\/invite\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
const invitationRows = (tenantId: string) => getDb().select().from(invitations).where(eq(invitations.tenantId, tenantId));

async function invite(caller: Parameters<typeof createInvitations.execute>[0], emails: string[], extra: Record<string, unknown> = {}) {
  const created = await createInvitations.execute(caller, { emails, role: "builder", ...extra }, META);
  return { ...created, tokenOf: (email: string) => created.mails.find((m) => m.email === email)!.token };
}

describe("inviting", () => {
  it("an Admin invites two addresses as Builder with a group and a workspace role: one row and one mail each; accepting grants it all", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const admin = members[0]!;
    const group = await newGroup(admin, "Builders");
    const space = await newWorkspace(admin, `space-${run()}`);
    const [a, b] = [`ada-${run()}@example.test`, `bob-${run()}@example.test`];

    const result = await inviteAndMail.execute(admin.caller, { emails: `${a.toUpperCase()}, ${b}`, role: "builder", groupIds: [group.id], workspaces: [`${space.id}:contributor`] }, META);
    expect(result.invited.map((i) => i.email)).toEqual([a, b]);
    expect(result.refused).toEqual([]);
    expect(result.mailFailures).toEqual([]);
    expect(JSON.stringify(result)).not.toMatch(/token/i);

    const mailA = await smtp.waitFor((m) => m.to.includes(a));
    await smtp.waitFor((m) => m.to.includes(b));
    expect(mailA.text).toContain("as Builder");
    const token = tokenIn(mailA.text)!;
    expect(mailA.text).toContain(`http://localhost:3000/invite/${token}`);
    const rows = await invitationRows(tenantId);
    expect(rows.map((r) => r.status)).toEqual(["pending", "pending"]);
    expect(rows.find((r) => r.email === a)!.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    // Seven days by default.
    const days = (rows[0]!.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
    const events = (await auditOf(tenantId)).filter((e) => e.action === "invitation.created");
    expect(events.map((e) => e.targetLabel).sort()).toEqual([a, b].sort());
    expect(JSON.stringify(events)).not.toContain(token);

    expect(await findOpenInvitation(getDb(), token)).toMatchObject({ role: "builder", email: a, accountExists: false });
    const username = `ada-${run()}`;
    const accepted = await acceptAsNewUser(token, NEW_ACCOUNT(username), META);
    const [user] = await getDb().select().from(users).where(eq(users.email, a));
    expect(user!.username).toBe(username);
    const [membership] = await getDb().select().from(memberships).where(eq(memberships.userId, user!.id));
    expect(membership).toMatchObject({ tenantId, role: "builder", status: "active" });
    expect(await getDb().select().from(groupMembers).where(eq(groupMembers.userId, user!.id))).toHaveLength(1);
    const bindings = await getDb().select().from(workspaceBindings).where(eq(workspaceBindings.userId, user!.id));
    expect(bindings.map((x) => [x.workspaceId === space.id ? "space" : "personal", x.role]).sort()).toEqual([
      ["personal", "owner"],
      ["space", "contributor"],
    ]);
    const [session] = await getDb().select().from(sessions).where(eq(sessions.userId, user!.id));
    expect(session).toMatchObject({ tenantId });
    expect(accepted.tenantId).toBe(tenantId);
    expect(await auditActions(tenantId)).toEqual(expect.arrayContaining(["invitation.accepted", "workspace.created", "auth.sign_in.succeeded"]));
    // Single use.
    expect(await findOpenInvitation(getDb(), token)).toBeNull();
    expect((await refusal(acceptAsNewUser(token, NEW_ACCOUNT(`x-${run()}`), META))).message).toContain("no longer valid");
  });

  it("refuses a role in a member's personal workspace, which the picker does not offer either", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const [admin, builder] = members;
    const error = await refusal(createInvitations.execute(admin!.caller, { emails: [`pat-${run()}@example.test`], role: "consumer", workspaces: [`${builder!.personalWorkspaceId}:contributor`] }, META));
    expect(error.fieldErrors).toEqual({ workspaces: ["A chosen workspace was not found among the tenant's shared workspaces."] });
    expect(await invitationRows(tenantId)).toEqual([]);
    expect((await pickWorkspacesForInvitation(admin!.caller, "personal")).map((o) => o.value)).toEqual([]);
  });

  it("a Consumer or Builder calling the invite action directly is refused and nothing changes", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder", "consumer"]);
    for (const member of members.slice(1)) {
      expect((await refusal(createInvitations.execute(member.caller, { emails: ["eve@example.test"], role: "consumer" }, META))).code).toBe("forbidden");
      expect((await refusal(previewInvitations(member.caller, { emails: ["eve@example.test"], role: "consumer" }))).code).toBe("forbidden");
    }
    const { invited } = await invite(members[0]!.caller, [`carl-${run()}@example.test`]);
    for (const member of members.slice(1)) {
      expect((await refusal(resendInvitation.execute(member.caller, { id: invited[0]!.id }, META))).code).toBe("forbidden");
      expect((await refusal(cancelInvitation.execute(member.caller, { id: invited[0]!.id }, META))).code).toBe("forbidden");
    }
    expect((await invitationRows(tenantId)).map((r) => r.status)).toEqual(["pending"]);
    expect((await auditActions(tenantId)).filter((a) => a.startsWith("invitation."))).toEqual(["invitation.created"]);
    // The Builder reads the list.
    expect((await listInvitations(members[1]!.caller, { page: 1, filter: "open" })).items).toHaveLength(1);
    expect((await refusal(listInvitations(members[2]!.caller, { page: 1, filter: "open" }))).code).toBe("forbidden");
  });

  it("a bulk invite of 500 addresses reports every problem and sends the rest (counted at a real SMTP server)", async () => {
    const { tenantId, members } = await seedTenant(["admin", "consumer"]);
    const admin = members[0]!.caller;
    const tag = run();
    await getDb().update(tenantSettings).set({ authorizedDomains: ["bulk.test"] }).where(eq(tenantSettings.tenantId, tenantId));
    await invite(admin, [`already-${tag}@bulk.test`]);
    const good = Array.from({ length: 480 }, (_, i) => `user${i}-${tag}@bulk.test`);
    const emails = [...good, "not-an-address", "also@@wrong", good[0]!, good[1]!.toUpperCase(), `outsider-${tag}@elsewhere.test`, `already-${tag}@bulk.test`];
    emails.push(...Array.from({ length: 500 - emails.length }, (_, i) => `more${i}-${tag}@bulk.test`));
    expect(emails).toHaveLength(500);
    await getDb().update(tenantSettings).set({ authorizedDomains: ["bulk.test", "example.test"] }).where(eq(tenantSettings.tenantId, tenantId));
    emails.push(members[1]!.email);

    const preview = await previewInvitations(admin, { emails, role: "consumer" });
    const expectedProblems = {
      "not-an-address": "invalid",
      "also@@wrong": "invalid",
      [good[0]!]: "duplicate",
      [good[1]!]: "duplicate",
      [`outsider-${tag}@elsewhere.test`]: "outside_domains",
      [`already-${tag}@bulk.test`]: "already_invited",
      [members[1]!.email]: "already_member",
    };
    expect(Object.fromEntries(preview.refused.map((r) => [r.email, r.problem]))).toEqual(expectedProblems);
    expect(preview.valid).toHaveLength(494);
    // Inviting an Admin does not widen the list (the exemption at sign-in protects existing Admins only).
    expect((await previewInvitations(admin, { emails: [`boss-${tag}@elsewhere.test`], role: "admin" })).refused.map((r) => r.problem)).toEqual(["outside_domains"]);
    expect(await invitationRows(tenantId)).toHaveLength(1);

    const before = smtp.mails.length;
    const started = Date.now();
    const result = await inviteAndMail.execute(admin, { emails, role: "consumer" }, META);
    const elapsed = Date.now() - started;
    expect(result.invited).toHaveLength(494);
    expect(Object.fromEntries(result.refused.map((r) => [r.email, r.problem]))).toEqual(expectedProblems);
    expect(result.mailFailures).toEqual([]);
    const deadline = Date.now() + 20_000;
    while (smtp.mails.length - before < 494 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const received = smtp.mails.slice(before).filter((m) => m.to[0]!.endsWith("@bulk.test"));
    expect(received).toHaveLength(494);
    expect(new Set(received.map((m) => tokenIn(m.text))).size).toBe(494);
    expect(await invitationRows(tenantId)).toHaveLength(495);
    expect((await auditActions(tenantId)).filter((a) => a === "invitation.created")).toHaveLength(495);
    console.info(`[bench] 500-address invite (494 invited, 494 mails over SMTP): ${elapsed} ms`);
  });
});

describe("the invite page's pickers", () => {
  it("find the tenant's groups and workspaces for whoever may invite, and nothing for a Builder", async () => {
    const { members } = await seedTenant(["admin", "builder"]);
    const [admin, builder] = members;
    const group = await newGroup(admin!, "Pickers team");
    const space = await newWorkspace(admin!, `picker-space-${run()}`);
    expect((await pickGroupsForInvitation(admin!.caller, "pickers")).map((o) => o.value)).toEqual([group.id]);
    expect((await pickWorkspacesForInvitation(admin!.caller, "picker-space")).map((o) => o.value)).toEqual([space.id]);
    expect((await refusal(pickGroupsForInvitation(builder!.caller, "pickers"))).code).toBe("forbidden");
    expect((await refusal(pickWorkspacesForInvitation(builder!.caller, "picker"))).code).toBe("forbidden");
  });
});

describe("resending, cancelling and expiry", () => {
  it("resend gives a new link and kills the old one, also for an expired invitation; cancel kills it for good", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const admin = members[0]!.caller;
    const email = `dora-${run()}@example.test`;
    const { invited, tokenOf } = await invite(admin, [email]);
    const id = invited[0]!.id;
    const oldToken = tokenOf(email);

    // Backdated past its lifetime: "Invitation expired", and the link is refused.
    await getDb().update(invitations).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(invitations.id, id));
    expect((await listInvitations(admin, { page: 1, filter: "open" })).items.map((i) => i.status)).toEqual(["expired"]);
    expect(await findOpenInvitation(getDb(), oldToken)).toBeNull();
    expect((await refusal(acceptAsNewUser(oldToken, NEW_ACCOUNT(`d-${run()}`), META))).code).toBe("not_found");
    expect((await previewInvitations(admin, { emails: [email], role: "builder" })).refused[0]!.problem).toBe("already_invited");

    const resent = await resendAndMail.execute(admin, { id }, META);
    const mail = await smtp.waitFor((m) => m.to.includes(email) && tokenIn(m.text) !== oldToken);
    const newToken = tokenIn(mail.text)!;
    expect(resent.mailFailures).toEqual([]);
    expect(await findOpenInvitation(getDb(), oldToken)).toBeNull();
    expect(await findOpenInvitation(getDb(), newToken)).toMatchObject({ email });
    const [row] = await invitationRows(tenantId);
    expect(row!.resentCount).toBe(1);
    expect((row!.expiresAt.getTime() - Date.now()) / 86_400_000).toBeGreaterThan(6.99);
    expect((await listInvitations(admin, { page: 1, filter: "open" })).items.map((i) => i.status)).toEqual(["invited"]);

    await cancelInvitation.execute(admin, { id }, META);
    expect(await findOpenInvitation(getDb(), newToken)).toBeNull();
    expect((await listInvitations(admin, { page: 1, filter: "open" })).items).toEqual([]);
    expect((await listInvitations(admin, { page: 1, filter: "cancelled" })).items.map((i) => i.status)).toEqual(["cancelled"]);
    expect((await refusal(resendInvitation.execute(admin, { id }, META))).code).toBe("conflict");
    expect((await refusal(cancelInvitation.execute(admin, { id }, META))).code).toBe("conflict");
    expect((await auditActions(tenantId)).filter((a) => a.startsWith("invitation."))).toEqual(["invitation.created", "invitation.resent", "invitation.cancelled"]);
    // Cancelled, the address may be invited again.
    expect((await invite(admin, [email])).invited).toHaveLength(1);
  });

  it("another tenant's invitation reads as not found", async () => {
    const a = await seedTenant(["admin"]);
    const b = await seedTenant(["admin"]);
    const { invited } = await invite(a.members[0]!.caller, [`finn-${run()}@example.test`]);
    expect((await refusal(cancelInvitation.execute(b.members[0]!.caller, { id: invited[0]!.id }, META))).code).toBe("not_found");
    expect((await invitationRows(a.tenantId)).map((r) => r.status)).toEqual(["pending"]);
  });
});

describe("accepting", () => {
  it("an existing user of another tenant signs in with their password and joins; a wrong password changes nothing", async () => {
    const home = await seedTenant(["admin", "consumer"]);
    const target = await seedTenant(["admin"]);
    const existing = home.members[1]!;
    const { tokenOf } = await invite(target.members[0]!.caller, [existing.email.toUpperCase()]);
    const token = tokenOf(existing.email);
    expect(await findOpenInvitation(getDb(), token)).toMatchObject({ accountExists: true });

    expect((await refusal(acceptAsExistingUser(token, "wrong-password-123", META))).code).toBe("unauthenticated");
    expect(await findOpenInvitation(getDb(), token)).not.toBeNull();
    expect(await getDb().select().from(memberships).where(eq(memberships.userId, existing.userId))).toHaveLength(1);

    const joined = await acceptAsExistingUser(token, PASSWORD, META);
    expect(joined.tenantId).toBe(target.tenantId);
    const rows = await getDb().select().from(memberships).where(eq(memberships.userId, existing.userId));
    expect(rows.map((r) => [r.tenantId, r.role]).sort()).toEqual(
      [
        [home.tenantId, "consumer"],
        [target.tenantId, "builder"],
      ].sort(),
    );
    // Only the session in the tenant joined is left open.
    expect((await getDb().select().from(sessions).where(eq(sessions.userId, existing.userId))).map((s) => s.tenantId)).toEqual([target.tenantId]);
  });

  it("the account must have the invited e-mail; a new account cannot take an existing address", async () => {
    const home = await seedTenant(["admin", "consumer"]);
    const target = await seedTenant(["admin"]);
    const { tokenOf } = await invite(target.members[0]!.caller, [home.members[1]!.email]);
    const token = tokenOf(home.members[1]!.email);
    expect((await refusal(acceptAsSignedIn(token, home.members[0]!.userId, META))).message).toBe("This invitation was sent to another e-mail address.");
    expect((await refusal(acceptAsNewUser(token, NEW_ACCOUNT(`n-${run()}`), META))).code).toBe("conflict");
    expect(await findOpenInvitation(getDb(), token)).not.toBeNull();
    await acceptAsSignedIn(token, home.members[1]!.userId, META);
    expect(await findOpenInvitation(getDb(), token)).toBeNull();
  });

  it("a new account gets field errors for a weak password or a taken username, and nothing is used up", async () => {
    const { members } = await seedTenant(["admin"]);
    const email = `gil-${run()}@example.test`;
    const { tokenOf } = await invite(members[0]!.caller, [email]);
    const token = tokenOf(email);
    expect((await refusal(acceptAsNewUser(token, { ...NEW_ACCOUNT("gil-x"), password: "short", confirmPassword: "short" }, META))).fieldErrors?.password).toBeDefined();
    expect((await refusal(acceptAsNewUser(token, NEW_ACCOUNT(members[0]!.username), META))).fieldErrors).toEqual({ username: ["This username is taken. Choose another."] });
    expect((await refusal(acceptAsNewUser(token, { ...NEW_ACCOUNT(`g-${run()}`), confirmPassword: "different-passphrase-9" }, META))).fieldErrors?.confirmPassword).toBeDefined();
    expect(await findOpenInvitation(getDb(), token)).not.toBeNull();
  });

  it("an address whose domain left the authorized list since the invitation cannot accept; nothing is used up", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const email = `ivy-${run()}@example.test`;
    const { tokenOf } = await invite(members[0]!.caller, [email]);
    await getDb().update(tenantSettings).set({ authorizedDomains: ["elsewhere.test"] }).where(eq(tenantSettings.tenantId, tenantId));
    expect((await refusal(acceptAsNewUser(tokenOf(email), NEW_ACCOUNT(`ivy-${run()}`), META))).message).toBe("Unauthorized");
    expect(await getDb().select().from(users).where(eq(users.email, email))).toEqual([]);
    expect(await findOpenInvitation(getDb(), tokenOf(email))).not.toBeNull();
  });

  it("two concurrent accepts of one link: exactly one succeeds", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const email = `hal-${run()}@example.test`;
    const { tokenOf } = await invite(members[0]!.caller, [email]);
    const token = tokenOf(email);
    const outcomes = await Promise.allSettled([acceptAsNewUser(token, NEW_ACCOUNT(`hal-a-${run()}`), META), acceptAsNewUser(token, NEW_ACCOUNT(`hal-b-${run()}`), META)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().select().from(users).where(eq(users.email, email))).toHaveLength(1);
    expect((await auditActions(tenantId)).filter((a) => a === "invitation.accepted")).toHaveLength(1);
  });
});
