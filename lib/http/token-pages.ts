/** Pages whose URL carries a secret: they send no Referer at all. */
export const TOKEN_PAGE_PREFIXES = ["/setup", "/reset-password/", "/invite/"] as const;

export function isTokenPage(pathname: string): boolean {
  return TOKEN_PAGE_PREFIXES.some((prefix) => pathname === prefix.replace(/\/$/, "") || pathname.startsWith(prefix));
}
