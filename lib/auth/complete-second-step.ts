import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { record, type AuditContext } from "@/lib/audit/record";
import type { Db } from "@/lib/db";
import { enrolmentDetails, type EnrolmentDetails } from "@/lib/two-factor/qr-code";
import { acceptSecondFactor, beginEnrolment, confirmEnrolment } from "@/lib/two-factor/second-factor-store";
import type { RequestMeta } from "./caller";
import { createSession } from "./sessions";
import { deleteChallenge, openChallenge, spendChallengeAttempt } from "./sign-in-challenge";
import { reserveAttempt, resetThrottle } from "./throttle";
import { ACCOUNT_FREE_FAILURES } from "./throttle-policy";

export type SecondStepResult =
  | { ok: true; sessionToken: string; /** Only after enrolment at sign-in: shown once. */ recoveryCodes?: string[] }
  | { ok: false; reason: "expired" | "invalid_code" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

const SECOND_FACTOR_WINDOW_MINUTES = 24 * 60;

/** The QR code and key for a user the tenant makes enrol during sign-in (null when the challenge is not for that). */
export async function enrolmentForChallenge(db: Db, token: string | undefined): Promise<EnrolmentDetails | null> {
  const challenge = await openChallenge(db, token);
  if (challenge?.purpose !== "enrol") return null;
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, challenge.userId));
  if (!user) return null;
  const secret = await db.transaction((tx) => beginEnrolment(tx, challenge.userId));
  return enrolmentDetails(secret, user.email);
}

/**
 * The second step of a password sign-in: a TOTP or recovery code (or, for enrolment, the first TOTP code). Wrong codes
 * count against the account (shared throttle rows) and the challenge's own attempts; only success creates a session.
 */
export async function completeSecondStep(db: Db, token: string | undefined, code: string, meta: RequestMeta, now = new Date()): Promise<SecondStepResult> {
  const challenge = await openChallenge(db, token, now);
  if (!token || !challenge) return { ok: false, reason: "expired" };
  const throttleKey = `second-factor:${challenge.userId}`;
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, challenge.userId));
  const context: AuditContext = { tenantId: challenge.tenantId, actor: { type: "user", id: challenge.userId, label: user?.email }, ...meta };

  const reservation = await db.transaction((tx) =>
    reserveAttempt(tx, { key: throttleKey, freeFailures: ACCOUNT_FREE_FAILURES, windowMinutes: SECOND_FACTOR_WINDOW_MINUTES }, now),
  );
  if (!reservation.allowed) {
    await db.transaction((tx) => record(tx, context, { action: "auth.second_factor.failed", details: { reason: "throttled" } }));
    return { ok: false, reason: "throttled", retryAfterSeconds: reservation.retryAfterSeconds };
  }

  return db.transaction(async (tx): Promise<SecondStepResult> => {
    const spent = await spendChallengeAttempt(tx, token, now);
    if (!spent) return { ok: false, reason: "expired" };
    const factor = spent.purpose === "verify" ? await acceptSecondFactor(tx, spent.userId, code, { recoveryCodes: true, now: now.getTime() }) : null;
    const recoveryCodes = spent.purpose === "enrol" ? await confirmEnrolment(tx, spent.userId, code, now.getTime()) : undefined;
    if (!factor && !recoveryCodes) {
      await record(tx, context, { action: "auth.second_factor.failed", details: { reason: "invalid_code", step: spent.purpose } });
      return { ok: false, reason: "invalid_code" };
    }
    if (factor) await record(tx, context, { action: "auth.second_factor.succeeded", details: { factor } });
    else await record(tx, context, { action: "two_factor.enabled", details: { method: "totp", requiredByTenant: true } });

    await deleteChallenge(tx, token);
    await resetThrottle(tx, throttleKey);
    const sessionToken = await createSession(tx, { userId: spent.userId, tenantId: spent.tenantId, ...meta });
    await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, spent.userId));
    await record(tx, context, { action: "auth.sign_in.succeeded", details: { method: spent.method ?? "password", secondFactor: factor ?? "enrolled" } });
    return { ok: true, sessionToken, ...(recoveryCodes ? { recoveryCodes } : {}) };
  });
}
