import { z } from "zod";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** The foundation's password policy; the profile work adds the common-password list and personal-data checks. */
export function passwordProblems(password: string, personal: { email?: string; username?: string }): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN) problems.push(`Use at least ${PASSWORD_MIN} characters.`);
  if (password.length > PASSWORD_MAX) problems.push(`Use at most ${PASSWORD_MAX} characters.`);
  const lower = password.toLowerCase();
  const localPart = personal.email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 3 && lower.includes(localPart)) problems.push("Do not include your e-mail address.");
  const username = personal.username?.toLowerCase();
  if (username && username.length >= 3 && lower.includes(username)) problems.push("Do not include your username.");
  return problems;
}

export const ZNewPassword = z.string().max(PASSWORD_MAX + 1, `Use at most ${PASSWORD_MAX} characters.`);
