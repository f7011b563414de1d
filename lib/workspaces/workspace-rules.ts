import "server-only";
import { and, count, eq } from "drizzle-orm";
import { workspaceBindings } from "@/db/schema";
import { DomainError } from "@/lib/action/errors";
import type { Tx } from "@/lib/db";
import type { LockedWorkspace } from "./lock-workspace";

export const LAST_OWNER_MESSAGE = "A workspace needs at least one Owner. Make another member Owner first.";

/**
 * SPEC §1: a shared workspace keeps at least one user bound directly as Owner. Call it after the change, with the
 * workspace locked (lockWorkspace), so a concurrent change cannot count the same Owner as still there.
 */
export async function assertKeepsDirectOwner(tx: Tx, workspace: LockedWorkspace): Promise<void> {
  if (workspace.personal) return;
  const [owners] = await tx
    .select({ n: count() })
    .from(workspaceBindings)
    .where(and(eq(workspaceBindings.workspaceId, workspace.id), eq(workspaceBindings.principalType, "user"), eq(workspaceBindings.role, "owner")));
  if (!owners?.n) throw new DomainError("invariant_violation", LAST_OWNER_MESSAGE);
}

/** A personal workspace belongs to its user alone while they are a member of the tenant. */
export function refuseIfPersonal(workspace: LockedWorkspace, change: "shared" | "deleted"): void {
  if (!workspace.personal || !workspace.personalUserIsMember) return;
  throw new DomainError(
    "invariant_violation",
    change === "shared"
      ? "A personal workspace cannot be shared, and its owner cannot change, while its user is a member of the tenant."
      : "A personal workspace cannot be deleted while its user is a member of the tenant.",
  );
}
