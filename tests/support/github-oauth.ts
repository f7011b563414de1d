import { createHash, randomBytes } from "node:crypto";
import http from "node:http";

export type GithubUser = { id: number; login: string; name: string | null; emails: { email: string; primary: boolean; verified: boolean }[] };
export type TestGithub = {
  url: string;
  clientId: string;
  clientSecret: string;
  /** Keyed by the login typed into the stand-in's authorize form. */
  users: Map<string, GithubUser>;
  /** Like a browser already signed in to GitHub that authorized the app: authorize redirects back at once. */
  signedInAs: string | null;
  stop: () => Promise<void>;
};

type Grant = { login: string; redirectUri: string; codeChallenge: string };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function bodyOf(request: http.IncomingMessage): Promise<URLSearchParams> {
  let text = "";
  for await (const chunk of request) text += chunk;
  return new URLSearchParams(text);
}

function json(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/**
 * A stand-in for GitHub's OAuth app endpoints (/login/oauth/authorize, /login/oauth/access_token) and the REST calls
 * Gatehouse makes (/user, /user/emails) on 127.0.0.1. It insists on what GitHub checks: the client, the registered
 * redirect URI, single-use codes and, as GitHub does when a challenge was sent, the PKCE verifier.
 */
export async function startGithubStandIn(options: { port: number; redirectUri: string }): Promise<TestGithub> {
  const grants = new Map<string, Grant>();
  const tokens = new Map<string, string>();
  const standIn: TestGithub = {
    url: `http://127.0.0.1:${options.port}`,
    clientId: "gatehouse-github-test",
    clientSecret: "github-test-secret-0123456789abcdef",
    users: new Map(),
    signedInAs: null,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  function approve(response: http.ServerResponse, params: URLSearchParams, login: string) {
    if (!standIn.users.has(login)) return response.writeHead(403).end("unknown login");
    const code = randomBytes(16).toString("hex");
    grants.set(code, { login, redirectUri: params.get("redirect_uri")!, codeChallenge: params.get("code_challenge") ?? "" });
    const back = new URL(params.get("redirect_uri")!);
    back.searchParams.set("code", code);
    back.searchParams.set("state", params.get("state") ?? "");
    response.writeHead(302, { location: back.toString() }).end();
  }

  async function authorize(request: http.IncomingMessage, response: http.ServerResponse, url: URL) {
    const params = request.method === "POST" ? await bodyOf(request) : url.searchParams;
    if (params.get("client_id") !== standIn.clientId || params.get("redirect_uri") !== options.redirectUri) return response.writeHead(400).end("bad client or redirect_uri");
    if (params.get("code_challenge_method") !== "S256" || !params.get("state")) return response.writeHead(400).end("PKCE S256 and state expected");
    const login = request.method === "POST" ? params.get("login") : standIn.signedInAs;
    if (login) return approve(response, params, login);
    const hidden = [...params].map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`).join("");
    response.writeHead(200, { "content-type": "text/html" }).end(
      `<!doctype html><title>Sign in to GitHub</title><form method="post" action="/login/oauth/authorize">${hidden}<label>Username <input name="login"></label><button>Authorize</button></form>`,
    );
  }

  async function accessToken(request: http.IncomingMessage, response: http.ServerResponse) {
    const body = await bodyOf(request);
    const basic = request.headers.authorization?.startsWith("Basic ") ? Buffer.from(request.headers.authorization.slice(6), "base64").toString().split(":").map(decodeURIComponent) : [];
    const clientId = body.get("client_id") ?? basic[0];
    const clientSecret = body.get("client_secret") ?? basic[1];
    if (clientId !== standIn.clientId || clientSecret !== standIn.clientSecret) return json(response, 401, { error: "incorrect_client_credentials" });
    const code = body.get("code") ?? "";
    const grant = grants.get(code);
    grants.delete(code);
    if (!grant || grant.redirectUri !== body.get("redirect_uri")) return json(response, 400, { error: "bad_verification_code" });
    const challenge = createHash("sha256").update(body.get("code_verifier") ?? "").digest("base64url");
    if (challenge !== grant.codeChallenge) return json(response, 400, { error: "invalid_grant", error_description: "PKCE verification failed" });
    const token = `gho_${randomBytes(16).toString("hex")}`;
    tokens.set(token, grant.login);
    json(response, 200, { access_token: token, token_type: "bearer", scope: "read:user,user:email" });
  }

  function api(request: http.IncomingMessage, response: http.ServerResponse, path: string) {
    const login = tokens.get(request.headers.authorization?.replace(/^Bearer /, "") ?? "");
    const user = login ? standIn.users.get(login) : undefined;
    if (!user) return json(response, 401, { message: "Bad credentials" });
    if (path === "/user") return json(response, 200, { id: user.id, login: user.login, name: user.name, email: null });
    json(response, 200, user.emails);
  }

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", standIn.url);
    const handled =
      url.pathname === "/login/oauth/authorize" ? authorize(request, response, url)
      : url.pathname === "/login/oauth/access_token" && request.method === "POST" ? accessToken(request, response)
      : url.pathname === "/user" || url.pathname === "/user/emails" ? Promise.resolve(api(request, response, url.pathname))
      : Promise.resolve(void response.writeHead(404).end());
    handled.catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return standIn;
}
