import "server-only";
import { eq } from "drizzle-orm";
import { userIdentities } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { getDb } from "@/lib/db";
import { isSocialProvider, type SocialProvider } from "./social-providers";

export type LinkedIdentityDto = { provider: SocialProvider; linkedAt: string; lastUsedAt: string };

/** The caller's social identities (tenant SSO identities are the tenant's business and not listed). */
export async function listLinkedIdentities(caller: Caller): Promise<LinkedIdentityDto[]> {
  const rows = await getDb()
    .select({ provider: userIdentities.provider, createdAt: userIdentities.createdAt, lastUsedAt: userIdentities.lastUsedAt })
    .from(userIdentities)
    .where(eq(userIdentities.userId, caller.userId));
  return rows.flatMap((r) => (isSocialProvider(r.provider) ? [{ provider: r.provider, linkedAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt.toISOString() }] : []));
}
