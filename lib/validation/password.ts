import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export type PasswordPolicyOptions = {
  /** The tenant's minimum length (never below PASSWORD_MIN). */
  minLength?: number;
};

/**
 * The one password policy (SPEC §2), used by every place that sets a password: length bounds (the tenant may raise
 * the minimum), the bundled common-password list, and no e-mail local part or username inside it.
 */
export function passwordProblems(password: string, personal: { email?: string; username?: string }, options: PasswordPolicyOptions = {}): string[] {
  const problems: string[] = [];
  const min = Math.max(PASSWORD_MIN, options.minLength ?? PASSWORD_MIN);
  if (password.length < min) problems.push(`Use at least ${min} characters.`);
  if (password.length > PASSWORD_MAX) problems.push(`Use at most ${PASSWORD_MAX} characters.`);
  if (password.length <= PASSWORD_MAX && isCommonPassword(password)) problems.push("This password is too common: choose one that others are unlikely to use.");
  const lower = password.toLowerCase();
  const localPart = personal.email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 3 && lower.includes(localPart)) problems.push("Do not include your e-mail address.");
  const username = personal.username?.toLowerCase();
  if (username && username.length >= 3 && lower.includes(username)) problems.push("Do not include your username.");
  return problems;
}

export const ZNewPassword = z.string().max(PASSWORD_MAX + 1, `Use at most ${PASSWORD_MAX} characters.`);
