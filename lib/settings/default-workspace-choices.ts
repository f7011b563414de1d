import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";

export type WorkspaceChoice = { id: string; label: string };

/** A select lists at most this many; a tenant with more types a name on the workspace page instead (rare). */
const MAX_CHOICES = 500;

/** The tenant's shared workspaces, the candidates for the default workspace of new members. */
export async function listDefaultWorkspaceChoices(caller: Caller): Promise<WorkspaceChoice[]> {
  if (!callerHas(caller, "settings:update")) throw refuse.forbidden();
  const rows = await getDb()
    .select({ id: workspaces.id, name: workspaces.name, displayName: workspaces.displayName })
    .from(workspaces)
    .where(and(eq(workspaces.tenantId, caller.tenantId), eq(workspaces.personal, false)))
    .orderBy(asc(workspaces.displayName), asc(workspaces.name))
    .limit(MAX_CHOICES);
  return rows.map((r) => ({ id: r.id, label: `${r.displayName} (${r.name})` }));
}
