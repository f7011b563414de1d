import http from "node:http";
import Provider, { type Configuration } from "oidc-provider";

/** `extra`: further claims in the profile scope, e.g. Microsoft Entra's `tid` and `oid`. */
export type IdpUser = { email: string; name: string; groups: string[]; emailVerified?: boolean; extra?: Record<string, unknown> };
export type TestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Keyed by the login typed into the IdP's form (the subject); tests change groups here between sign-ins. */
  users: Map<string, IdpUser>;
  stop: () => Promise<void>;
};

/**
 * A real OpenID provider (panva's oidc-provider) on 127.0.0.1 with one confidential client that must use PKCE. Its
 * development login form accepts any password for a known login; consent is granted automatically. Group membership
 * travels in the `groups` claim of the profile scope.
 */
export async function startOidcProvider(options: { port: number; redirectUri: string; extraClaims?: string[] }): Promise<TestOidcProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const clientId = "gatehouse-test";
  const clientSecret = "idp-test-secret-0123456789abcdef";
  const users = new Map<string, IdpUser>();
  const configuration: Configuration = {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], grant_types: ["authorization_code"], response_types: ["code"] }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups", ...(options.extraClaims ?? [])] },
    pkce: { required: () => true },
    cookies: { keys: ["test-idp-cookie-key-not-a-secret"] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, sub) {
      const user = users.get(sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, email: user.email, email_verified: user.emailVerified ?? true, name: user.name, groups: user.groups, ...user.extra };
        },
      };
    },
    async loadExistingGrant(ctx) {
      const session = ctx.oidc.session!;
      const existing = session.grantIdFor(ctx.oidc.client!.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: session.accountId! });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    users,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
