import { COMMON_PASSWORDS } from "./common-passwords.generated";

let list: ReadonlySet<string> | undefined;

/** The bundled list, built into a set on first use (≈ 42,000 entries). */
function commonPasswords(): ReadonlySet<string> {
  list ??= new Set(COMMON_PASSWORDS.split("\n"));
  return list;
}

export function commonPasswordCount(): number {
  return commonPasswords().size;
}

/**
 * True for a listed password and for one that only decorates a listed password with leading or trailing digits and
 * symbols ("Sunshine2024!"): that is how people stretch a common password to a length rule.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  return commonPasswords().has(lower) || commonPasswords().has(core);
}
