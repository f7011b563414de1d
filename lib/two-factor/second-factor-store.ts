import "server-only";
import { and, count, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { twoFactorRecoveryCodes, userTwoFactor } from "@/db/schema";
import { decrypt, encrypt } from "@/lib/crypto/secret-box";
import type { Db, Tx } from "@/lib/db";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";
import { isTotpCode, matchingStep, newTotpSecret, normalizeCode } from "./totp";

export type TwoFactorStatus = { enabled: boolean; pending: boolean; recoveryCodesLeft: number };

export async function twoFactorStatus(db: Db | Tx, userId: string): Promise<TwoFactorStatus> {
  const [row] = await db.select({ enabledAt: userTwoFactor.enabledAt }).from(userTwoFactor).where(eq(userTwoFactor.userId, userId));
  const [codes] = await db
    .select({ left: count() })
    .from(twoFactorRecoveryCodes)
    .where(and(eq(twoFactorRecoveryCodes.userId, userId), isNull(twoFactorRecoveryCodes.usedAt)));
  return { enabled: Boolean(row?.enabledAt), pending: Boolean(row && !row.enabledAt), recoveryCodesLeft: row?.enabledAt ? (codes?.left ?? 0) : 0 };
}

/** A new secret for an enrolment that counts only once confirmed; a pending one is reused so the QR code stays valid. */
export async function beginEnrolment(tx: Tx, userId: string): Promise<string> {
  const [row] = await tx.select().from(userTwoFactor).where(eq(userTwoFactor.userId, userId)).for("update");
  if (row && !row.enabledAt) return decrypt(row.secretSealed);
  if (row) throw new Error("two-factor already enabled");
  const secret = newTotpSecret();
  await tx.insert(userTwoFactor).values({ userId, secretSealed: encrypt(secret) });
  return secret;
}

/** The pending secret, for showing the QR code again (null when there is none). */
export async function pendingSecret(db: Db | Tx, userId: string): Promise<string | null> {
  const [row] = await db.select().from(userTwoFactor).where(and(eq(userTwoFactor.userId, userId), isNull(userTwoFactor.enabledAt)));
  return row ? decrypt(row.secretSealed) : null;
}

/**
 * Accepts a TOTP code once: the step is stored with a conditional UPDATE, so of two requests with the same code
 * (even at the same instant) exactly one wins — the second waits for the first's row lock, then finds the step taken.
 */
async function acceptTotp(tx: Tx, userId: string, code: string, state: "enabled" | "pending", now: number): Promise<boolean> {
  const [row] = await tx
    .select({ secretSealed: userTwoFactor.secretSealed })
    .from(userTwoFactor)
    .where(and(eq(userTwoFactor.userId, userId), state === "enabled" ? isNotNull(userTwoFactor.enabledAt) : isNull(userTwoFactor.enabledAt)));
  if (!row) return false;
  const step = matchingStep(decrypt(row.secretSealed), code, now);
  if (step === null) return false;
  const updated = await tx
    .update(userTwoFactor)
    .set({ lastUsedStep: step, ...(state === "pending" ? { enabledAt: new Date(now) } : {}) })
    .where(and(eq(userTwoFactor.userId, userId), or(isNull(userTwoFactor.lastUsedStep), lt(userTwoFactor.lastUsedStep, step))))
    .returning({ userId: userTwoFactor.userId });
  return updated.length === 1;
}

/** Marks one unused recovery code used; the WHERE on used_at makes a second use (or a concurrent one) fail. */
async function acceptRecoveryCode(tx: Tx, userId: string, code: string): Promise<boolean> {
  const used = await tx
    .update(twoFactorRecoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(twoFactorRecoveryCodes.userId, userId), eq(twoFactorRecoveryCodes.codeHash, hashRecoveryCode(code)), isNull(twoFactorRecoveryCodes.usedAt)))
    .returning({ userId: twoFactorRecoveryCodes.userId });
  return used.length === 1;
}

export type AcceptedFactor = "totp" | "recovery_code";

/** An authenticator code, or (when allowed) a recovery code, for a user whose two-factor is enabled. */
export async function acceptSecondFactor(
  tx: Tx,
  userId: string,
  rawCode: string,
  options: { recoveryCodes: boolean; now?: number } = { recoveryCodes: true },
): Promise<AcceptedFactor | null> {
  const code = normalizeCode(rawCode);
  if (isTotpCode(code)) return (await acceptTotp(tx, userId, code, "enabled", options.now ?? Date.now())) ? "totp" : null;
  if (options.recoveryCodes && looksLikeRecoveryCode(code) && (await isEnabled(tx, userId))) {
    return (await acceptRecoveryCode(tx, userId, code)) ? "recovery_code" : null;
  }
  return null;
}

async function isEnabled(tx: Tx, userId: string): Promise<boolean> {
  const [row] = await tx.select({ enabledAt: userTwoFactor.enabledAt }).from(userTwoFactor).where(eq(userTwoFactor.userId, userId));
  return Boolean(row?.enabledAt);
}

/** Confirms a pending enrolment with a valid code; returns the new recovery codes (shown once), or null. */
export async function confirmEnrolment(tx: Tx, userId: string, rawCode: string, now = Date.now()): Promise<string[] | null> {
  const code = normalizeCode(rawCode);
  if (!isTotpCode(code) || !(await acceptTotp(tx, userId, code, "pending", now))) return null;
  return issueRecoveryCodes(tx, userId);
}

/** Replaces every recovery code with ten new ones; only their hashes are stored. */
export async function issueRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  await tx.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, userId));
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.insert(twoFactorRecoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

/** Removes the secret and every recovery code; true when there was something to remove. */
export async function removeTwoFactor(tx: Tx, userId: string): Promise<boolean> {
  await tx.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, userId));
  const removed = await tx.delete(userTwoFactor).where(eq(userTwoFactor.userId, userId)).returning({ userId: userTwoFactor.userId });
  return removed.length > 0;
}
