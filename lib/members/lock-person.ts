import "server-only";
import { refuse } from "@/lib/action/errors";
import type { Tx } from "@/lib/db";
import { lockActiveAdmins } from "./admin-guard";
import { lockMember, type LockedMember } from "./lock-member";

/**
 * For a change of a person's role or status: the tenant's active Admins first, then the member (one lock order for
 * every such transaction). Service accounts are changed from their own page, so here they read as not found.
 */
export async function lockPersonForChange(tx: Tx, tenantId: string, userId: string): Promise<{ member: LockedMember; activeAdmins: string[] }> {
  const activeAdmins = await lockActiveAdmins(tx, tenantId);
  const member = await lockMember(tx, tenantId, userId);
  if (!member || member.serviceAccount) throw refuse.notFound("The member");
  return { member, activeAdmins };
}
