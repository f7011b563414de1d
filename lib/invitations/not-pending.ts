import "server-only";
import { and, eq } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { DomainError, refuse } from "@/lib/action/errors";
import type { Tx } from "@/lib/db";

/** Why a resend or cancel found no pending invitation: another tenant's or an unknown id is simply not found. */
export async function notPending(tx: Tx, tenantId: string, id: string): Promise<DomainError> {
  const [row] = await tx.select({ status: invitations.status }).from(invitations).where(and(eq(invitations.tenantId, tenantId), eq(invitations.id, id)));
  if (!row) return refuse.notFound("The invitation");
  return new DomainError("conflict", row.status === "accepted" ? "This invitation was already accepted." : "This invitation was cancelled; invite the address again.");
}
