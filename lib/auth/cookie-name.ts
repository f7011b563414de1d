/** `__Host-` over https: the browser then refuses the cookie unless Secure, host-only and Path=/. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-gatehouse.session" : "gatehouse.session";
}

export const SESSION_COOKIE_NAMES = [sessionCookieName(true), sessionCookieName(false)] as const;
