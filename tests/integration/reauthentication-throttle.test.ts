import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { auditEvents, authThrottles, users } from "@/db/schema";
import { ReauthenticationFailed } from "@/lib/action/errors";
import type { SessionCaller } from "@/lib/auth/caller";
import { verifyPassword } from "@/lib/auth/password-hash";
import { createSession } from "@/lib/auth/sessions";
import { hashSessionToken } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db";
import type { OutgoingMail } from "@/lib/mail/transport";
import { changePassword } from "@/lib/profile/change-password";
import { requestEmailChange } from "@/lib/profile/request-email-change";
import { confirmTwoFactorEnrolment } from "@/lib/two-factor/confirm-two-factor-enrolment";
import { disableTwoFactor } from "@/lib/two-factor/disable-two-factor";
import { regenerateRecoveryCodes } from "@/lib/two-factor/regenerate-recovery-codes";
import { startTwoFactorEnrolment } from "@/lib/two-factor/start-two-factor-enrolment";
import { META, PASSWORD, seedTenant } from "./support/fixtures";
import { refusalOf } from "./support/settings-rows";
import { enrolTwoFactor, totpCode } from "./support/two-factor";

vi.mock("@/lib/mail/transport", () => ({ sendMail: async (_mail: OutgoingMail) => undefined }));

const NEW_PASSWORD = "violet tractor sings at dawn";

async function signedIn() {
  const tenant = await seedTenant(["builder"]);
  const member = tenant.members[0]!;
  const token = await getDb().transaction((tx) => createSession(tx, { userId: member.userId, tenantId: tenant.tenantId, ip: "198.51.100.1", userAgent: "vitest" }));
  const caller: SessionCaller = { ...(member.caller as SessionCaller), sessionIdHash: hashSessionToken(token) };
  return { tenantId: tenant.tenantId, userId: member.userId, caller };
}

const wrongPasswordChange = (caller: SessionCaller) =>
  refusalOf(changePassword.execute(caller, { currentPassword: "not-my-password", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, META));
const eventsNamed = (tenantId: string, action: string) =>
  getDb().select().from(auditEvents).where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.action, action))).orderBy(asc(auditEvents.seq));
const throttleRow = async (userId: string) => (await getDb().select().from(authThrottles).where(eq(authThrottles.key, `reauth:${userId}`)))[0];

describe("wrong passwords and codes in profile forms are throttled per user", () => {
  it("lets five wrong current passwords through, then refuses even the right one for 30 seconds, audited", async () => {
    const { tenantId, userId, caller } = await signedIn();
    for (let attempt = 1; attempt <= 5; attempt++) {
      const error = await wrongPasswordChange(caller);
      expect(error).toBeInstanceOf(ReauthenticationFailed);
      expect(error.fieldErrors).toEqual({ currentPassword: ["Your current password is not correct."] });
    }
    const throttled = await refusalOf(changePassword.execute(caller, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, META));
    expect(throttled.code).toBe("rate_limited");
    expect(throttled.message).toBe("Too many wrong passwords or codes. Try again in 30 seconds.");
    const [user] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
    expect(await verifyPassword(user!.passwordHash!, PASSWORD)).toBe(true);

    const failures = await eventsNamed(tenantId, "profile.reauthentication_failed");
    expect(failures.map((e) => e.details)).toEqual(Array(5).fill({ purpose: "password_change", proof: "password" }));
    const [refused] = await eventsNamed(tenantId, "profile.reauthentication_throttled");
    expect(refused!.details).toEqual({ purpose: "password_change", retryAfterSeconds: 30 });
    expect(refused!.actorId).toBe(userId);
  });

  it("counts across forms, and a success clears the count", async () => {
    const { userId, caller } = await signedIn();
    for (let attempt = 1; attempt <= 4; attempt++) await wrongPasswordChange(caller);
    expect(await refusalOf(startTwoFactorEnrolment.execute(caller, { password: "still-wrong" }, META))).toBeInstanceOf(ReauthenticationFailed);
    expect((await throttleRow(userId))!.lockedUntil).not.toBeNull();

    const other = await signedIn();
    for (let attempt = 1; attempt <= 4; attempt++) await wrongPasswordChange(other.caller);
    await requestEmailChange.execute(other.caller, { newEmail: `moved-${other.userId.slice(0, 8)}@example.test`, currentPassword: PASSWORD }, META);
    expect(await throttleRow(other.userId)).toBeUndefined();
  });

  it("does not count refusals that are not a wrong password or code", async () => {
    const { userId, caller } = await signedIn();
    for (let attempt = 1; attempt <= 7; attempt++) {
      const error = await refusalOf(changePassword.execute(caller, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: "something else" }, META));
      expect(error.fieldErrors).toEqual({ confirmPassword: ["The two new passwords do not match."] });
    }
    const enrolment = await startTwoFactorEnrolment.execute(caller, { password: PASSWORD }, META);
    for (let attempt = 1; attempt <= 7; attempt++) {
      expect((await refusalOf(confirmTwoFactorEnrolment.execute(caller, { code: "000000" }, META))).code).toBe("validation_failed");
    }
    await confirmTwoFactorEnrolment.execute(caller, { code: totpCode(enrolment.manualKey, Date.now()) }, META);
    expect(await throttleRow(userId)).toBeUndefined();
  });

  it("throttles guessing authenticator codes to regenerate recovery codes or turn two-factor off", async () => {
    const { tenantId, userId, caller } = await signedIn();
    const { secret } = await enrolTwoFactor(userId);
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await refusalOf(regenerateRecoveryCodes.execute(caller, { code: "000000" }, META))).toBeInstanceOf(ReauthenticationFailed);
    }
    expect(await refusalOf(disableTwoFactor.execute(caller, { password: PASSWORD, code: "111111" }, META))).toBeInstanceOf(ReauthenticationFailed);
    expect((await refusalOf(regenerateRecoveryCodes.execute(caller, { code: totpCode(secret) }, META))).code).toBe("rate_limited");
    const proofs = (await eventsNamed(tenantId, "profile.reauthentication_failed")).map((e) => e.details);
    expect(proofs).toEqual([...Array(4).fill({ purpose: "recovery_codes", proof: "code" }), { purpose: "two_factor_disable", proof: "code" }]);
  });

  it("counts parallel wrong passwords exactly: five are checked, the rest refused", async () => {
    const { tenantId, caller } = await signedIn();
    const errors = await Promise.all(Array.from({ length: 12 }, () => wrongPasswordChange(caller)));
    expect(errors.filter((e) => e instanceof ReauthenticationFailed)).toHaveLength(5);
    expect(errors.filter((e) => e.code === "rate_limited")).toHaveLength(7);
    expect(await eventsNamed(tenantId, "profile.reauthentication_failed")).toHaveLength(5);
  });
});
