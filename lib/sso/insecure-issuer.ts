/**
 * Plain http is accepted only for an issuer on this machine (a development or test IdP), as RFC 8252 allows loopback
 * redirects; anything reachable over a network must use https.
 */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

export function isAcceptableIssuer(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || isLoopbackHttp(url);
  } catch {
    return false;
  }
}
