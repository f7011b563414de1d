import { finishSamlSignIn } from "@/lib/sso/saml-flow";

export const GET = finishSamlSignIn;
