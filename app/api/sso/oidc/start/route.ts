import { startOidcSignIn } from "@/lib/sso/oidc-flow";

export const GET = startOidcSignIn;
