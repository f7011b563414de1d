/**
 * Walks an authorization URL of tests/support/oidc-provider.ts like a browser would (cookies, redirects, its
 * development login form) and returns the URL it finally sends the user back to (our callback, with code and state).
 */
export async function loginAtOidcStandIn(authorizationUrl: URL, login: string, callbackPrefix: string): Promise<URL> {
  const jar = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  let url = authorizationUrl.toString();
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 12; hop++) {
    if (url.startsWith(callbackPrefix)) return new URL(url);
    const response = await fetch(url, { method: body ? "POST" : "GET", body, headers: { cookie: cookie() }, redirect: "manual" });
    remember(response);
    body = undefined;
    const location = response.headers.get("location");
    if (location) {
      url = new URL(location, url).toString();
      continue;
    }
    const html = await response.text();
    if (!html.includes('name="login"')) throw new Error(`unexpected page at ${url}: ${response.status}`);
    body = new URLSearchParams({ prompt: "login", login, password: "anything" });
  }
  throw new Error("too many redirects");
}
