/** True when the error (or a cause Drizzle wrapped it in) is Postgres' unique_violation (23505), on either driver. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e && typeof e === "object"; e = e.cause as typeof e) {
    if (e.code === "23505") return true;
  }
  return false;
}
