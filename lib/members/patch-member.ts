import "server-only";
import { z } from "zod";
import { auditEntries, defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import type { Caller, RequestMeta } from "@/lib/auth/caller";
import type { AuditEntry } from "@/lib/audit/record";
import { ZMemberRef, ZTenantRoleChoice } from "@/lib/validation/members";
import { changeRoleInTx } from "./change-member-role";
import { getMember, type MemberDetail } from "./get-member";
import { lockPersonForChange } from "./lock-person";
import { setMemberStatusInTx } from "./member-status";

export const ZPatchMember = z
  .object({ role: ZTenantRoleChoice.optional(), status: z.enum(["active", "inactive"], "Choose active or inactive.").optional() })
  .refine((b) => b.role !== undefined || b.status !== undefined, { message: "Send role, status or both.", path: ["role"] });

/**
 * The API's PATCH of a member, one transaction: each field that differs from the member's current value runs its own
 * step (with its checks and audit event), so a refusal of either leaves both unchanged.
 */
export const updateMember = defineAction({ permission: "members:update", input: ZPatchMember.and(ZMemberRef) }, async ({ input, caller, tx }) => {
  const { member } = await lockPersonForChange(tx, caller.tenantId, input.userId);
  const audit: AuditEntry[] = [];
  if (input.role && input.role !== member.role) audit.push(...auditEntries((await changeRoleInTx(tx, caller, { userId: input.userId, role: input.role })).audit));
  if (input.status && input.status !== member.status) audit.push(...auditEntries((await setMemberStatusInTx(tx, caller, input.userId, input.status)).audit));
  return { result: { userId: input.userId }, audit };
});

export async function patchMember(caller: Caller, userId: string, body: unknown, meta: RequestMeta): Promise<MemberDetail> {
  const patch = parseInput(ZPatchMember, body);
  if (!(await getMember(caller, userId))) throw refuse.notFound("The member");
  await updateMember.execute(caller, { ...patch, userId }, meta);
  return (await getMember(caller, userId))!;
}
