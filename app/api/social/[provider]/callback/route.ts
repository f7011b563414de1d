import { finishSocial } from "@/lib/social/social-routes";

export const GET = finishSocial;
