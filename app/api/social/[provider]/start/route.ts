import { startSocial } from "@/lib/social/social-routes";

export const GET = startSocial;
