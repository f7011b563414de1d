import "server-only";
import { z } from "zod";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import type { Caller, RequestMeta } from "@/lib/auth/caller";
import { ZTenantRoleChoice } from "@/lib/validation/members";
import { changeMemberRole } from "./change-member-role";
import { getMember, type MemberDetail } from "./get-member";
import { deactivateMember, reactivateMember } from "./member-status";

export const ZPatchMember = z
  .object({ role: ZTenantRoleChoice.optional(), status: z.enum(["active", "inactive"], "Choose active or inactive.").optional() })
  .refine((b) => b.role !== undefined || b.status !== undefined, { message: "Send role, status or both.", path: ["role"] });

/**
 * The API's PATCH of a member: the body is validated whole before anything changes, then each changed field runs
 * its own action (with its checks and audit event); a field that already has the sent value is left alone.
 */
export async function patchMember(caller: Caller, userId: string, body: unknown, meta: RequestMeta): Promise<MemberDetail> {
  const patch = parseInput(ZPatchMember, body);
  const before = await getMember(caller, userId);
  if (!before) throw refuse.notFound("The member");
  if (patch.role && patch.role !== before.role) await changeMemberRole.execute(caller, { userId, role: patch.role }, meta);
  if (patch.status && patch.status !== before.status) {
    await (patch.status === "inactive" ? deactivateMember : reactivateMember).execute(caller, { userId }, meta);
  }
  return (await getMember(caller, userId))!;
}
