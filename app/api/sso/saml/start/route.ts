import { startSamlSignIn } from "@/lib/sso/saml-flow";

export const GET = startSamlSignIn;
