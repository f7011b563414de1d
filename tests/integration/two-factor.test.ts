import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sessions, tenantSettings, twoFactorRecoveryCodes, userTwoFactor, users } from "@/db/schema";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import { completeSecondStep, enrolmentForChallenge } from "@/lib/auth/complete-second-step";
import { resolveSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db";
import { confirmTwoFactorEnrolment } from "@/lib/two-factor/confirm-two-factor-enrolment";
import { disableTwoFactor } from "@/lib/two-factor/disable-two-factor";
import { NO_PASSWORD_REASON } from "@/lib/two-factor/password-user";
import { regenerateRecoveryCodes } from "@/lib/two-factor/regenerate-recovery-codes";
import { resetMemberTwoFactor } from "@/lib/two-factor/reset-member-two-factor";
import { startTwoFactorEnrolment } from "@/lib/two-factor/start-two-factor-enrolment";
import { META, PASSWORD, seedTenant } from "./support/fixtures";
import { eventsOf, refusalOf } from "./support/settings-rows";
import { enrolTwoFactor, totpCode } from "./support/two-factor";

const freshMeta = () => ({ ...META, ip: `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}` });
const sessionCount = async (userId: string) => (await getDb().select().from(sessions).where(eq(sessions.userId, userId))).length;

/** The password step for an enrolled user: returns the challenge token (and proves no session was made). */
async function passwordStep(email: string, userId: string) {
  const before = await sessionCount(userId);
  const result = await authenticatePassword(getDb(), { identifier: email, password: PASSWORD }, freshMeta());
  if (result.ok || result.reason !== "second_step") throw new Error(`expected the second step, got ${JSON.stringify(result)}`);
  expect(await sessionCount(userId)).toBe(before);
  return result;
}

describe("two-factor enrolment on the profile", () => {
  it("needs the password, counts only after a valid code, stores the secret sealed and ten hashed recovery codes", async () => {
    const t = await seedTenant(["builder"]);
    const me = t.members[0]!;
    expect((await refusalOf(startTwoFactorEnrolment.execute(me.caller, { password: "wrong-password" }, META))).fieldErrors).toEqual({ password: ["The password is incorrect."] });
    const details = await startTwoFactorEnrolment.execute(me.caller, { password: PASSWORD }, META);
    expect(details.otpauthUri).toMatch(/^otpauth:\/\/totp\/Gatehouse:.*secret=/);
    expect(details.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const secret = details.manualKey.replace(/\s/g, "");

    // Pending: the password alone still signs in.
    expect(await authenticatePassword(getDb(), { identifier: me.email, password: PASSWORD }, freshMeta())).toMatchObject({ ok: true });
    for (const code of ["12ab56", "1234567", "", "000000"]) {
      await expect(confirmTwoFactorEnrolment.execute(me.caller, { code }, META)).rejects.toMatchObject({ code: "validation_failed" });
    }
    const { recoveryCodes } = await confirmTwoFactorEnrolment.execute(me.caller, { code: totpCode(secret, Date.now()) }, META);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    const [row] = await getDb().select().from(userTwoFactor).where(eq(userTwoFactor.userId, me.userId));
    expect(row!.enabledAt).not.toBeNull();
    expect(row!.secretSealed).not.toContain(secret);
    const stored = await getDb().select().from(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, me.userId));
    expect(stored.map((c) => c.codeHash)).not.toContain(recoveryCodes[0]);
    expect(stored.every((c) => /^[0-9a-f]{64}$/.test(c.codeHash))).toBe(true);

    const events = await eventsOf(t.tenantId);
    expect(events.map((e) => e.action)).toEqual(["profile.reauthentication_failed", "two_factor.enrolment_started", "auth.sign_in.succeeded", "two_factor.enabled"]);
    expect(JSON.stringify(events)).not.toContain(secret);
  });

  it("regenerates recovery codes with the password or a code; the old ones stop working", async () => {
    const t = await seedTenant(["consumer"]);
    const me = t.members[0]!;
    const { secret, recoveryCodes: old } = await enrolTwoFactor(me.userId);
    await expect(regenerateRecoveryCodes.execute(me.caller, {}, META)).rejects.toMatchObject({ code: "validation_failed" });
    await expect(regenerateRecoveryCodes.execute(me.caller, { code: "123456" }, META)).rejects.toMatchObject({ code: "validation_failed" });
    const byPassword = await regenerateRecoveryCodes.execute(me.caller, { password: PASSWORD }, META);
    const byCode = await regenerateRecoveryCodes.execute(me.caller, { code: totpCode(secret) }, META);
    expect(byCode.recoveryCodes).not.toEqual(byPassword.recoveryCodes);
    const challenge = await passwordStep(me.email, me.userId);
    expect(await completeSecondStep(getDb(), challenge.challengeToken, old[0]!, freshMeta())).toEqual({ ok: false, reason: "invalid_code" });
    expect(await completeSecondStep(getDb(), challenge.challengeToken, byPassword.recoveryCodes[0]!, freshMeta())).toEqual({ ok: false, reason: "invalid_code" });
    expect(await completeSecondStep(getDb(), challenge.challengeToken, byCode.recoveryCodes[0]!, freshMeta())).toMatchObject({ ok: true });
  });

  it("disables only with the password and a code", async () => {
    const t = await seedTenant(["consumer"]);
    const me = t.members[0]!;
    const { secret } = await enrolTwoFactor(me.userId);
    await expect(disableTwoFactor.execute(me.caller, { password: PASSWORD }, META)).rejects.toMatchObject({ code: "validation_failed" });
    await expect(disableTwoFactor.execute(me.caller, { password: "wrong-password", code: totpCode(secret) }, META)).rejects.toMatchObject({ fieldErrors: { password: ["The password is incorrect."] } });
    await expect(disableTwoFactor.execute(me.caller, { password: PASSWORD, code: "999999" }, META)).rejects.toMatchObject({ code: "validation_failed" });
    expect(await getDb().select().from(userTwoFactor).where(eq(userTwoFactor.userId, me.userId))).toHaveLength(1);
    await disableTwoFactor.execute(me.caller, { password: PASSWORD, code: totpCode(secret) }, META);
    expect(await getDb().select().from(userTwoFactor).where(eq(userTwoFactor.userId, me.userId))).toHaveLength(0);
    expect(await getDb().select().from(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, me.userId))).toHaveLength(0);
    expect(await authenticatePassword(getDb(), { identifier: me.email, password: PASSWORD }, freshMeta())).toMatchObject({ ok: true });
  });

  it("refuses every two-factor action to a user without a password, even called directly", async () => {
    const t = await seedTenant(["admin"]);
    const me = t.members[0]!;
    await getDb().update(users).set({ passwordHash: null }).where(eq(users.id, me.userId));
    for (const run of [
      () => startTwoFactorEnrolment.execute(me.caller, { password: PASSWORD }, META),
      () => confirmTwoFactorEnrolment.execute(me.caller, { code: "123456" }, META),
      () => regenerateRecoveryCodes.execute(me.caller, { password: PASSWORD }, META),
      () => disableTwoFactor.execute(me.caller, { password: PASSWORD, code: "123456" }, META),
    ]) {
      const refusal = await refusalOf(run());
      expect(refusal.code).toBe("forbidden");
      expect(refusal.message).toBe(NO_PASSWORD_REASON);
    }
    expect(await getDb().select().from(userTwoFactor).where(eq(userTwoFactor.userId, me.userId))).toHaveLength(0);
    expect(await eventsOf(t.tenantId)).toHaveLength(0);
  });
});

describe("the sign-in second step", () => {
  it("authorizes nothing until the code: no session row, and the challenge token is no session", async () => {
    const t = await seedTenant(["admin"]);
    const me = t.members[0]!;
    const { secret } = await enrolTwoFactor(me.userId);
    const challenge = await passwordStep(me.username, me.userId);
    expect(challenge.purpose).toBe("verify");
    expect(await resolveSession(getDb(), challenge.challengeToken)).toBeNull();
    expect(await sessionCount(me.userId)).toBe(0);

    const done = await completeSecondStep(getDb(), challenge.challengeToken, totpCode(secret), freshMeta());
    if (!done.ok) throw new Error(done.reason);
    expect(await resolveSession(getDb(), done.sessionToken)).toMatchObject({ userId: me.userId, tenantId: t.tenantId });
    // The challenge is spent.
    expect(await completeSecondStep(getDb(), challenge.challengeToken, totpCode(secret, Date.now() + 60_000), freshMeta())).toEqual({ ok: false, reason: "expired" });
    expect((await eventsOf(t.tenantId)).map((e) => e.action)).toEqual(["auth.second_factor.succeeded", "auth.sign_in.succeeded"]);
  });

  it("refuses a malformed code and a reused code", async () => {
    const t = await seedTenant(["builder"]);
    const me = t.members[0]!;
    const { secret } = await enrolTwoFactor(me.userId);
    const first = await passwordStep(me.email, me.userId);
    for (const code of ["abc", "12345", "1234567", "12 34 5x"]) {
      expect(await completeSecondStep(getDb(), first.challengeToken, code, freshMeta())).toEqual({ ok: false, reason: "invalid_code" });
    }
    const code = totpCode(secret);
    expect(await completeSecondStep(getDb(), first.challengeToken, code, freshMeta())).toMatchObject({ ok: true });
    const again = await passwordStep(me.email, me.userId);
    expect(await completeSecondStep(getDb(), again.challengeToken, code, freshMeta())).toEqual({ ok: false, reason: "invalid_code" });
    // An older step than the last accepted one is refused too.
    expect(await completeSecondStep(getDb(), again.challengeToken, totpCode(secret, Date.now()), freshMeta())).toEqual({ ok: false, reason: "invalid_code" });
    const failures = (await eventsOf(t.tenantId)).filter((e) => e.action === "auth.second_factor.failed");
    expect(failures).toHaveLength(6);
    expect(JSON.stringify(failures)).not.toContain(code);
  });

  it("lets exactly one of two concurrent uses of the same code through", async () => {
    const t = await seedTenant(["builder"]);
    const me = t.members[0]!;
    const { secret } = await enrolTwoFactor(me.userId);
    const [a, b] = [await passwordStep(me.email, me.userId), await passwordStep(me.email, me.userId)];
    const code = totpCode(secret);
    const results = await Promise.all([a, b].map((c) => completeSecondStep(getDb(), c.challengeToken, code, freshMeta())));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "invalid_code" }]);
    expect(await sessionCount(me.userId)).toBe(1);
  });

  it("accepts a recovery code once", async () => {
    const t = await seedTenant(["consumer"]);
    const me = t.members[0]!;
    const { recoveryCodes } = await enrolTwoFactor(me.userId);
    const typed = recoveryCodes[3]!.toUpperCase().replace(/-/g, " ");
    expect(await completeSecondStep(getDb(), (await passwordStep(me.email, me.userId)).challengeToken, typed, freshMeta())).toMatchObject({ ok: true });
    expect(await completeSecondStep(getDb(), (await passwordStep(me.email, me.userId)).challengeToken, recoveryCodes[3]!, freshMeta())).toEqual({ ok: false, reason: "invalid_code" });
  });

  it("ends a challenge after five wrong codes and throttles the account", async () => {
    const t = await seedTenant(["consumer"]);
    const me = t.members[0]!;
    const { secret } = await enrolTwoFactor(me.userId);
    const challenge = await passwordStep(me.email, me.userId);
    for (let i = 0; i < 5; i++) expect(await completeSecondStep(getDb(), challenge.challengeToken, "000000", freshMeta())).toMatchObject({ ok: false });
    expect(await completeSecondStep(getDb(), challenge.challengeToken, totpCode(secret), freshMeta())).toEqual({ ok: false, reason: "expired" });
    const next = await passwordStep(me.email, me.userId);
    expect(await completeSecondStep(getDb(), next.challengeToken, totpCode(secret), freshMeta())).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("takes a user of a tenant that requires two-factor to enrolment, with no session until enrolled", async () => {
    const t = await seedTenant(["admin", "consumer"]);
    const me = t.members[1]!;
    await getDb().update(tenantSettings).set({ requireTwoFactor: true }).where(eq(tenantSettings.tenantId, t.tenantId));
    const challenge = await passwordStep(me.email, me.userId);
    expect(challenge.purpose).toBe("enrol");
    expect(await resolveSession(getDb(), challenge.challengeToken)).toBeNull();
    const details = await enrolmentForChallenge(getDb(), challenge.challengeToken);
    expect(await enrolmentForChallenge(getDb(), challenge.challengeToken)).toMatchObject({ manualKey: details!.manualKey });
    const secret = details!.manualKey.replace(/\s/g, "");
    expect(await completeSecondStep(getDb(), challenge.challengeToken, "000000", freshMeta())).toEqual({ ok: false, reason: "invalid_code" });
    expect(await sessionCount(me.userId)).toBe(0);
    const done = await completeSecondStep(getDb(), challenge.challengeToken, totpCode(secret, Date.now()), freshMeta());
    expect(done).toMatchObject({ ok: true, recoveryCodes: expect.arrayContaining([expect.stringMatching(/^\w{4}-\w{4}-\w{4}$/)]) });
    expect(await sessionCount(me.userId)).toBe(1);
    // Next time: the code step.
    expect((await passwordStep(me.email, me.userId)).purpose).toBe("verify");
  });
});

describe("an Admin resets a member's two-factor", () => {
  it("removes the secret and codes and ends the member's sessions, audited", async () => {
    const t = await seedTenant(["admin", "builder"]);
    const [admin, member] = t.members;
    const { secret } = await enrolTwoFactor(member!.userId);
    const signedIn = await completeSecondStep(getDb(), (await passwordStep(member!.email, member!.userId)).challengeToken, totpCode(secret), freshMeta());
    expect(signedIn.ok).toBe(true);
    await expect(resetMemberTwoFactor.execute(member!.caller, { userId: member!.userId }, META)).rejects.toMatchObject({ code: "forbidden" });
    await resetMemberTwoFactor.execute(admin!.caller, { userId: member!.userId }, META);
    expect(await sessionCount(member!.userId)).toBe(0);
    expect(await getDb().select().from(userTwoFactor).where(eq(userTwoFactor.userId, member!.userId))).toHaveLength(0);
    const event = (await eventsOf(t.tenantId)).at(-1)!;
    expect(event).toMatchObject({ action: "two_factor.reset", targetId: member!.userId, actorId: admin!.userId });
    await expect(resetMemberTwoFactor.execute(admin!.caller, { userId: member!.userId }, META)).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses a user of another tenant as not found, changing nothing", async () => {
    const [a, b] = [await seedTenant(["admin"]), await seedTenant(["admin", "consumer"])];
    const victim = b.members[1]!;
    await enrolTwoFactor(victim.userId);
    await expect(resetMemberTwoFactor.execute(a.members[0]!.caller, { userId: victim.userId }, META)).rejects.toMatchObject({ code: "not_found" });
    await expect(resetMemberTwoFactor.execute(a.members[0]!.caller, { userId: "not-a-uuid" }, META)).rejects.toMatchObject({ code: "validation_failed" });
    expect(await getDb().select().from(userTwoFactor).where(eq(userTwoFactor.userId, victim.userId))).toHaveLength(1);
    expect(await eventsOf(a.tenantId)).toHaveLength(0);
  });
});
