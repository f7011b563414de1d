/** Consecutive failures allowed before an account must wait; the wait then doubles with each further failure. */
export const ACCOUNT_FREE_FAILURES = 5;
/** Per client IP, failures across all accounts (a password-spraying source), counted over IP_WINDOW_MINUTES. */
export const IP_FREE_FAILURES = 30;
export const IP_WINDOW_MINUTES = 15;
const BASE_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 60 * 60;

/** Seconds to wait after the n-th consecutive failure (0 while still within the free failures). */
export function lockSecondsAfter(failures: number, freeFailures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** (failures - freeFailures));
}

export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
