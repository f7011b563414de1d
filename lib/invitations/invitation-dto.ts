import { z } from "zod";
import { TENANT_ROLES } from "@/lib/authz/permissions";

export const INVITATION_STATES = ["invited", "expired", "accepted", "cancelled"] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];
export const INVITATION_STATE_LABELS: Record<InvitationState, string> = {
  invited: "Invited",
  expired: "Invitation expired",
  accepted: "Accepted",
  cancelled: "Cancelled",
};

export const ZInvitationDto = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(TENANT_ROLES),
  status: z.enum(INVITATION_STATES).meta({ description: "`expired`: still pending, past its expiry (resend it)." }),
  invitedBy: z.string(),
  sentAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  resentCount: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type InvitationDto = z.infer<typeof ZInvitationDto>;

type Row = { id: string; email: string; role: InvitationDto["role"]; status: "pending" | "accepted" | "cancelled"; invitedByLabel: string; sentAt: Date; expiresAt: Date; resentCount: number; createdAt: Date };

export function stateOf(row: Pick<Row, "status" | "expiresAt">, now: Date): InvitationState {
  if (row.status !== "pending") return row.status;
  return row.expiresAt <= now ? "expired" : "invited";
}

export function toInvitationDto(row: Row, now: Date): InvitationDto {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: stateOf(row, now),
    invitedBy: row.invitedByLabel,
    sentAt: row.sentAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    resentCount: row.resentCount,
    createdAt: row.createdAt.toISOString(),
  };
}
