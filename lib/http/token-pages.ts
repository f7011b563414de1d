/** Pages whose URL carries a secret: they send no Referer at all. */
const TOKEN_PAGES = ["/setup", "/reset-password", "/invite", "/verify-email"] as const;

export function isTokenPage(pathname: string): boolean {
  return TOKEN_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
}
