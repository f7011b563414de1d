import { finishOidcSignIn } from "@/lib/sso/oidc-flow";

export const GET = finishOidcSignIn;
