import "server-only";
import { and, eq } from "drizzle-orm";
import { groups } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { isId } from "@/lib/validation/ids";
import { GROUP_COLUMNS } from "./group-columns";
import type { GroupDto } from "./group-dto";

/** One group of the caller's tenant; another tenant's id is "not found", exactly like a missing one. */
export async function findGroup(caller: Caller, groupId: string): Promise<GroupDto> {
  if (!callerHas(caller, "groups:read")) throw refuse.forbidden();
  const [group] = isId(groupId)
    ? await getDb().select(GROUP_COLUMNS).from(groups).where(and(eq(groups.tenantId, caller.tenantId), eq(groups.id, groupId)))
    : [];
  if (!group) throw refuse.notFound("The group");
  return group;
}
