import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditEvents, emailChangeRequests, sessions, tenantSettings, userIdentities, users } from "@/db/schema";
import { DomainError } from "@/lib/action/errors";
import type { SessionCaller } from "@/lib/auth/caller";
import { verifyPassword } from "@/lib/auth/password-hash";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { hashSessionToken } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db";
import type { OutgoingMail } from "@/lib/mail/transport";
import { NO_PASSWORD_MESSAGE } from "@/lib/profile/account";
import { changePassword } from "@/lib/profile/change-password";
import { confirmEmailChange, inspectEmailChange } from "@/lib/profile/confirm-email-change";
import { getProfile } from "@/lib/profile/get-profile";
import { listOwnSessions } from "@/lib/profile/list-own-sessions";
import { requestEmailChange } from "@/lib/profile/request-email-change";
import { revokeOtherSessions } from "@/lib/profile/revoke-other-sessions";
import { revokeSession } from "@/lib/profile/revoke-session";
import { updateProfile } from "@/lib/profile/update-profile";
import { META, PASSWORD, seedTenant } from "./support/fixtures";

const outbox = vi.hoisted(() => [] as OutgoingMail[]);
vi.mock("@/lib/mail/transport", () => ({ sendMail: async (mail: OutgoingMail) => void outbox.push(mail) }));

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";
const NEW_PASSWORD = "violet tractor sings at dawn";

/** A member signed in twice (Chrome = this request's session, Firefox = another device). */
async function signedIn(roles: ("admin" | "builder" | "consumer")[] = ["consumer"]) {
  const tenant = await seedTenant(roles);
  const member = tenant.members[0]!;
  const start = (userAgent: string, ip: string) =>
    getDb().transaction((tx) => createSession(tx, { userId: member.userId, tenantId: tenant.tenantId, ip, userAgent }));
  const token = await start(CHROME, "198.51.100.1");
  const otherToken = await start(FIREFOX, "198.51.100.2");
  const caller: SessionCaller = { ...(member.caller as SessionCaller), sessionIdHash: hashSessionToken(token) };
  return { tenant, member, caller, token, otherToken };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const userRow = async (id: string) => (await getDb().select().from(users).where(eq(users.id, id)))[0]!;
const eventsOf = (tenantId: string, action: string) =>
  getDb().select().from(auditEvents).where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.action, action)));
const linkIn = (mail: OutgoingMail) => /\/verify-email\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;

beforeEach(() => {
  outbox.length = 0;
});

describe("profile details", () => {
  it("changes name and username and audits before and after", async () => {
    const { caller, member, tenant } = await signedIn();
    const username = `renamed-${member.userId.slice(0, 8)}`;
    await updateProfile.execute(caller, { name: "Ada Lovelace", username: username.toUpperCase() }, META);
    expect(await userRow(member.userId)).toMatchObject({ name: "Ada Lovelace", username });
    const [event] = await eventsOf(tenant.tenantId, "profile.updated");
    expect(event!.details).toMatchObject({ before: { username: member.username }, after: { name: "Ada Lovelace", username } });
  });

  it("refuses a username that is taken or malformed, next to the field, and changes nothing", async () => {
    const { caller, member } = await signedIn();
    const other = (await seedTenant(["consumer"])).members[0]!;
    const taken = await refusal(updateProfile.execute(caller, { name: "New name", username: other.username }, META));
    expect(taken.fieldErrors).toEqual({ username: ["This username is taken. Choose another."] });
    const bad = await refusal(updateProfile.execute(caller, { name: "", username: "no spaces!" }, META));
    expect(bad.fieldErrors?.username).toEqual(["Use only lowercase letters, digits and hyphens."]);
    expect(bad.fieldErrors?.name).toEqual(["Enter a name."]);
    expect(await userRow(member.userId)).toMatchObject({ name: member.caller.name, username: member.username });
  });
});

describe("e-mail change", () => {
  it("mails a single-use link to the new address and a notice to the old; the address changes only when the link is used", async () => {
    const { caller, member, tenant } = await signedIn();
    const newEmail = `new-${member.username}@example.test`;
    await requestEmailChange.execute(caller, { newEmail: newEmail.toUpperCase(), currentPassword: PASSWORD }, META);

    expect(outbox.map((m) => m.to).sort()).toEqual([member.email, newEmail].sort());
    const verification = outbox.find((m) => m.to === newEmail)!;
    expect(verification.text).toMatch(/^http:\/\/localhost:\d+\/verify-email\/[A-Za-z0-9_-]{43}$/m);
    expect(outbox.find((m) => m.to === member.email)!.text).toContain(newEmail);
    const token = linkIn(verification);
    const [stored] = await getDb().select().from(emailChangeRequests).where(eq(emailChangeRequests.userId, member.userId));
    expect(stored!.tokenHash).not.toContain(token);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    expect((await userRow(member.userId)).email).toBe(member.email);
    expect((await getProfile(caller)).pendingEmail?.email).toBe(newEmail);
    const [requested] = await eventsOf(tenant.tenantId, "profile.email_change_requested");
    expect(JSON.stringify(requested)).not.toContain(token);

    expect(await inspectEmailChange(token)).toEqual({ state: "valid", newEmail });
    outbox.length = 0;
    expect(await confirmEmailChange(token, META)).toEqual({ state: "changed", newEmail });
    expect((await userRow(member.userId)).email).toBe(newEmail);
    expect(outbox).toEqual([expect.objectContaining({ to: member.email, subject: "Your Gatehouse e-mail address was changed" })]);
    const [changed] = await eventsOf(tenant.tenantId, "profile.email_changed");
    expect(changed!.details).toEqual({ before: member.email, after: newEmail });

    expect(await confirmEmailChange(token, META)).toEqual({ state: "used" });
    expect(await confirmEmailChange("not-a-real-token", META)).toEqual({ state: "unknown" });
  });

  it("refuses a wrong password, a taken or unchanged address, and sends nothing", async () => {
    const { caller, member } = await signedIn();
    const other = (await seedTenant(["consumer"])).members[0]!;
    const wrong = await refusal(requestEmailChange.execute(caller, { newEmail: "free@example.test", currentPassword: "not my password" }, META));
    expect(wrong.fieldErrors).toEqual({ currentPassword: ["Your current password is not correct."] });
    const taken = await refusal(requestEmailChange.execute(caller, { newEmail: other.email, currentPassword: PASSWORD }, META));
    expect(taken.fieldErrors).toEqual({ newEmail: ["Another account uses this e-mail address."] });
    const same = await refusal(requestEmailChange.execute(caller, { newEmail: member.email, currentPassword: PASSWORD }, META));
    expect(same.fieldErrors).toEqual({ newEmail: ["This is already your e-mail address."] });
    const malformed = await refusal(requestEmailChange.execute(caller, { newEmail: "not-an-address", currentPassword: PASSWORD }, META));
    expect(malformed.fieldErrors).toEqual({ newEmail: ["Enter a valid e-mail address."] });
    expect(outbox).toEqual([]);
    expect(await getDb().select().from(emailChangeRequests).where(eq(emailChangeRequests.userId, member.userId))).toEqual([]);
  });

  it("refuses an expired link, and one whose address was taken meanwhile", async () => {
    const { caller, member } = await signedIn();
    await requestEmailChange.execute(caller, { newEmail: `late-${member.username}@example.test`, currentPassword: PASSWORD }, META);
    const token = linkIn(outbox.find((m) => m.to.startsWith("late-"))!);
    expect(await confirmEmailChange(token, META, new Date(Date.now() + 25 * 3600_000))).toEqual({ state: "expired" });

    outbox.length = 0;
    const contested = `contested-${member.username}@example.test`;
    await requestEmailChange.execute(caller, { newEmail: contested, currentPassword: PASSWORD }, META);
    const second = linkIn(outbox.find((m) => m.to === contested)!);
    expect(await inspectEmailChange(token)).toEqual({ state: "unknown" }); // a new request replaces the pending one
    const thief = (await seedTenant(["consumer"])).members[0]!;
    await getDb().update(users).set({ email: contested }).where(eq(users.id, thief.userId));
    expect(await confirmEmailChange(second, META)).toEqual({ state: "taken", newEmail: contested });
    expect((await userRow(member.userId)).email).toBe(member.email);
  });
});

describe("password change", () => {
  it("needs the current password, checks the policy and the confirmation, and changes nothing on bad input", async () => {
    const { caller, member, token, otherToken } = await signedIn();
    const before = (await userRow(member.userId)).passwordHash;
    const cases: [Record<string, string>, Record<string, string[]>][] = [
      [{ currentPassword: "wrong password!", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { currentPassword: ["Your current password is not correct."] }],
      [
        { currentPassword: PASSWORD, newPassword: "Sunshine2024!!", confirmPassword: "Sunshine2024!!" },
        { newPassword: ["This password is too common: choose one that others are unlikely to use."] },
      ],
      [{ currentPassword: PASSWORD, newPassword: "short one", confirmPassword: "short one" }, { newPassword: ["Use at least 12 characters."] }],
      [{ currentPassword: PASSWORD, newPassword: `${member.username}-secret`, confirmPassword: `${member.username}-secret` }, { newPassword: ["Do not include your e-mail address.", "Do not include your username."] }],
      [{ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}.` }, { confirmPassword: ["The two new passwords do not match."] }],
      [{ currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD }, { newPassword: ["Choose a password that differs from your current one."] }],
    ];
    for (const [input, fieldErrors] of cases) {
      expect((await refusal(changePassword.execute(caller, input, META))).fieldErrors).toEqual(fieldErrors);
    }
    expect((await userRow(member.userId)).passwordHash).toBe(before);
    expect(await resolveSession(getDb(), token)).not.toBeNull();
    expect(await resolveSession(getDb(), otherToken)).not.toBeNull();
    expect(outbox).toEqual([]);
  });

  it("applies the tenant's raised minimum length", async () => {
    const { caller, tenant } = await signedIn();
    await getDb().update(tenantSettings).set({ passwordMinLength: 40 }).where(eq(tenantSettings.tenantId, tenant.tenantId));
    const error = await refusal(changePassword.execute(caller, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, META));
    expect(error.fieldErrors).toEqual({ newPassword: ["Use at least 40 characters."] });
  });

  it("on success ends every other session but this one, mails a notice and audits no password", async () => {
    const { caller, member, tenant, token, otherToken } = await signedIn();
    const result = await changePassword.execute(caller, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, META);
    expect(result).toEqual({ otherSessionsEnded: 1 });
    expect(await verifyPassword((await userRow(member.userId)).passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await resolveSession(getDb(), token)).not.toBeNull();
    expect(await resolveSession(getDb(), otherToken)).toBeNull();
    expect(outbox).toEqual([expect.objectContaining({ to: member.email, subject: "Your Gatehouse password was changed" })]);
    const events = await eventsOf(tenant.tenantId, "profile.password_changed");
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(NEW_PASSWORD);
    expect(JSON.stringify(events)).not.toContain(PASSWORD);
  });
});

describe("accounts without a password (SSO and social sign-in)", () => {
  it("have no password actions: the server refuses them with a specific message", async () => {
    const { caller, member } = await signedIn();
    await getDb().update(users).set({ passwordHash: null }).where(eq(users.id, member.userId));
    await getDb().insert(userIdentities).values({ userId: member.userId, provider: "github", subject: `gh-${member.userId}` });
    // One after the other: a refusal must be awaited as soon as its call starts, or it is an unhandled rejection.
    for (const attempt of [
      () => changePassword.execute(caller, { currentPassword: "", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, META),
      () => requestEmailChange.execute(caller, { newEmail: `sso-${member.username}@example.test`, currentPassword: "" }, META),
    ]) {
      const error = await refusal(attempt());
      expect(error.code).toBe("forbidden");
      expect(error.message).toBe(NO_PASSWORD_MESSAGE);
    }
    expect(await userRow(member.userId)).toMatchObject({ passwordHash: null, email: member.email });
    expect(outbox).toEqual([]);
    expect(await getProfile(caller)).toMatchObject({ hasPassword: false, signInWith: "GitHub" });
  });
});

describe("own sessions", () => {
  it("lists this tenant's sessions with device, IP and the current one marked", async () => {
    const { caller } = await signedIn();
    const list = await listOwnSessions(caller);
    expect(list.map(({ browser, os, ip, current }) => ({ browser, os, ip, current })).sort((a, b) => a.browser.localeCompare(b.browser))).toEqual([
      { browser: "Chrome 156", os: "Linux", ip: "198.51.100.1", current: true },
      { browser: "Firefox 140", os: "Windows", ip: "198.51.100.2", current: false },
    ]);
    expect(JSON.stringify(list)).not.toMatch(/[0-9a-f]{64}/); // no session hash leaves the server
  });

  it("revokes one session (its next request is signed out) and refuses another user's or an unknown one", async () => {
    const { caller, tenant, token, otherToken } = await signedIn();
    const other = (await listOwnSessions(caller)).find((s) => !s.current)!;
    await revokeSession.execute(caller, { sessionId: other.id }, META);
    expect(await resolveSession(getDb(), otherToken)).toBeNull();
    expect(await resolveSession(getDb(), token)).not.toBeNull();
    expect(await eventsOf(tenant.tenantId, "session.revoked")).toHaveLength(1);

    const stranger = await signedIn();
    const strangers = await listOwnSessions(stranger.caller);
    const error = await refusal(revokeSession.execute(caller, { sessionId: strangers[0]!.id }, META));
    expect(error.message).toBe("That session was not found.");
    expect(await listOwnSessions(stranger.caller)).toHaveLength(2);
    expect((await refusal(revokeSession.execute(caller, { sessionId: "../../etc" }, META))).fieldErrors).toEqual({ sessionId: ["That session was not found."] });
  });

  it("signs out everywhere else in this tenant and keeps this session", async () => {
    const { caller, member, tenant, token, otherToken } = await signedIn();
    expect(await revokeOtherSessions.execute(caller, {}, META)).toEqual({ ended: 1 });
    expect(await resolveSession(getDb(), otherToken)).toBeNull();
    expect(await resolveSession(getDb(), token)).not.toBeNull();
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, member.userId))).toHaveLength(1);
    expect(await eventsOf(tenant.tenantId, "sessions.revoked_others")).toHaveLength(1);
  });
});
