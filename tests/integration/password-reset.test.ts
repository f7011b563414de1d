import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, passwordResetTokens, sessions, users } from "@/db/schema";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import { getConfig } from "@/lib/config/config";
import { purgeSpentSignInRows } from "@/lib/auth/purge-spent-sign-in-rows";
import { getDb } from "@/lib/db";
import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { resetLinkHolder, resetPassword } from "@/lib/password-reset/reset-password";
import { sha256Hex } from "@/lib/password-reset/reset-tokens";
import { META, PASSWORD, seedTenant } from "./support/fixtures";
import { eventsOf } from "./support/settings-rows";

const NEW_PASSWORD = "a-brand-new-passphrase-77";
const freshMeta = () => ({ ...META, ip: `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}` });
const tokenOf = (text: string) => /\/reset-password\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
const signIn = (identifier: string, password: string) => authenticatePassword(getDb(), { identifier, password }, freshMeta());

async function linkFor(email: string): Promise<string> {
  const outcome = await requestPasswordReset(getDb(), email, META);
  if (!outcome.mail) throw new Error("no mail");
  return tokenOf(outcome.mail.text);
}

describe("forgot password", () => {
  it("answers a known and an unknown address alike, e-mails only the known one, with a link on the configured URL", async () => {
    const t = await seedTenant(["consumer"]);
    const me = t.members[0]!;
    const known = await requestPasswordReset(getDb(), `  ${me.email.toUpperCase()} `, META);
    const unknown = await requestPasswordReset(getDb(), `nobody-${randomUUID()}@example.test`, META);
    expect(known.limited).toBe(false);
    expect(unknown).toEqual({ limited: false });
    expect(known.mail!.to).toBe(me.email);
    const link = /https?:\/\/\S+/.exec(known.mail!.text)![0];
    expect(link.startsWith(`${getConfig().appUrl}/reset-password/`)).toBe(true);
    const token = tokenOf(link);
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(32);
    const [row] = await getDb().select().from(passwordResetTokens).where(eq(passwordResetTokens.tokenHash, sha256Hex(token)));
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(30 * 60_000);
    expect(JSON.stringify(await eventsOf(t.tenantId))).not.toContain(token);
    expect((await eventsOf(t.tenantId)).map((e) => e.action)).toEqual(["password_reset.requested"]);
  });

  it("gives a user without a password the same answer and, instead of a link, a mail that points to their provider", async () => {
    const t = await seedTenant(["consumer"]);
    await getDb().update(users).set({ passwordHash: null }).where(eq(users.id, t.members[0]!.userId));
    const outcome = await requestPasswordReset(getDb(), t.members[0]!.email, META);
    expect(outcome.limited).toBe(false);
    // Instead of a link, a mail that says to sign in with the identity provider.
    expect(outcome.mail).toMatchObject({ to: t.members[0]!.email, subject: "About your Gatehouse password reset" });
    expect(outcome.mail!.text).not.toMatch(/reset-password\//);
  });

  it("limits links to three per hour per address, known or not", async () => {
    const t = await seedTenant(["consumer"]);
    for (const email of [t.members[0]!.email, `nobody-${randomUUID()}@example.test`]) {
      const outcomes = await Promise.all(Array.from({ length: 5 }, () => requestPasswordReset(getDb(), email, META)));
      expect(outcomes.filter((o) => !o.limited)).toHaveLength(3);
      expect(outcomes.filter((o) => o.limited).every((o) => o.mail === undefined)).toBe(true);
    }
  });
});

describe("reset password", () => {
  it("checks the new password, then sets it, ends every session, spends the link; no one is signed in", async () => {
    const t = await seedTenant(["builder"]);
    const me = t.members[0]!;
    const signedIn = await signIn(me.email, PASSWORD);
    expect(signedIn.ok).toBe(true);
    const token = await linkFor(me.email);
    const other = await linkFor(me.email);
    expect(await resetLinkHolder(getDb(), token)).toMatchObject({ userId: me.userId, email: me.email });

    expect(await resetPassword(getDb(), token, { password: "short", confirmPassword: "short" }, META)).toMatchObject({ ok: false, reason: "invalid_password", fieldErrors: { password: expect.any(Array) } });
    expect(await resetPassword(getDb(), token, { password: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}x` }, META)).toMatchObject({ fieldErrors: { confirmPassword: ["The passwords do not match."] } });
    expect(await resetPassword(getDb(), token, { password: `${me.username}-password-1`, confirmPassword: `${me.username}-password-1` }, META)).toMatchObject({ reason: "invalid_password" });
    expect(await signIn(me.email, PASSWORD)).toMatchObject({ ok: true });

    const done = await resetPassword(getDb(), token, { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, META);
    expect(done).toMatchObject({ ok: true, notice: { to: me.email, subject: "Your Gatehouse password was changed" } });
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, me.userId))).toHaveLength(0);
    expect(await signIn(me.email, PASSWORD)).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(await signIn(me.email, NEW_PASSWORD)).toMatchObject({ ok: true });

    for (const used of [token, other]) {
      expect(await resetPassword(getDb(), used, { password: PASSWORD, confirmPassword: PASSWORD }, META)).toEqual({ ok: false, reason: "invalid_link" });
    }
    const completed = (await eventsOf(t.tenantId)).filter((e) => e.action === "password_reset.completed");
    expect(completed).toHaveLength(1);
    expect(JSON.stringify(completed)).not.toContain(NEW_PASSWORD);
  });

  it("refuses a link older than 30 minutes", async () => {
    const t = await seedTenant(["consumer"]);
    const token = await linkFor(t.members[0]!.email);
    await getDb().update(passwordResetTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(passwordResetTokens.tokenHash, sha256Hex(token)));
    expect(await resetLinkHolder(getDb(), token)).toBeNull();
    expect(await resetPassword(getDb(), token, { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, META)).toEqual({ ok: false, reason: "invalid_link" });
    expect(await resetPassword(getDb(), "not-a-token", { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, META)).toEqual({ ok: false, reason: "invalid_link" });
    expect(await signIn(t.members[0]!.email, PASSWORD)).toMatchObject({ ok: true });
  });

  it("lets only one of two parallel submissions of the same link through", async () => {
    const t = await seedTenant(["consumer"]);
    const token = await linkFor(t.members[0]!.email);
    const results = await Promise.all(
      ["first-parallel-passphrase-1", "second-parallel-passphrase-2"].map((password) => resetPassword(getDb(), token, { password, confirmPassword: password }, META)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.action, "password_reset.completed"));
    expect(events.filter((e) => e.tenantId === t.tenantId)).toHaveLength(1);
  });
});

describe("purging spent rows", () => {
  it("drops reset rows older than a day and keeps the recent ones the hourly count needs", async () => {
    const t = await seedTenant(["consumer"]);
    const recent = await linkFor(t.members[0]!.email);
    const old = await linkFor(t.members[0]!.email);
    await getDb().update(passwordResetTokens).set({ createdAt: new Date(Date.now() - 25 * 3_600_000) }).where(eq(passwordResetTokens.tokenHash, sha256Hex(old)));
    await purgeSpentSignInRows(getDb());
    const left = await getDb().select({ h: passwordResetTokens.tokenHash }).from(passwordResetTokens).where(eq(passwordResetTokens.userId, t.members[0]!.userId));
    expect(left.map((r) => r.h)).toEqual([sha256Hex(recent)]);
  });
});
