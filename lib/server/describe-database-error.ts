/** One readable clause for a failed connection, without echoing a URL that may hold a password. */
export function describeDatabaseError(error: unknown): string {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e?.code ?? e?.cause?.code;
  const hints: Record<string, string> = {
    ECONNREFUSED: "cannot connect: the database server refused the connection",
    ENOTFOUND: "cannot connect: the database host name does not resolve",
    ETIMEDOUT: "cannot connect: the connection timed out",
    "28P01": "cannot connect: the password was rejected",
    "28000": "cannot connect: the role was rejected",
    "3D000": "cannot connect: the database does not exist",
  };
  if (code && hints[code]) return hints[code];
  const message = (e?.cause?.message ?? e?.message ?? String(error)).split("\n")[0]!;
  return `cannot open the database: ${message.replace(/postgres(ql)?:\/\/[^\s]+/g, "<url>")}`;
}
