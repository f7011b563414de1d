import "server-only";
import { sql } from "drizzle-orm";
import { DomainError } from "@/lib/action/errors";
import { rowsOf, type Tx } from "@/lib/db";
import { lockWorkspaces } from "@/lib/workspaces/lock-workspace";

/**
 * Before a user leaves the tenant (removal, service-account deletion): locks the shared workspaces they own directly
 * and refuses, naming them, when the user is the only direct Owner of any (SPEC §1, docs/decisions/0053).
 */
export async function assertNotSoleOwner(tx: Tx, tenantId: string, userId: string, who: string): Promise<void> {
  const owned = rowsOf<{ workspace_id: string }>(
    await tx.execute(sql`
      select b.workspace_id from workspace_bindings b join workspaces w on w.id = b.workspace_id
      where b.tenant_id = ${tenantId} and b.user_id = ${userId} and b.role = 'owner' and not w.personal`),
  );
  if (!owned.length) return;
  await lockWorkspaces(tx, tenantId, owned.map((r) => r.workspace_id));
  const sole = rowsOf<{ name: string }>(
    await tx.execute(sql`
      select w.name from workspaces w
      where w.id in (${sql.join(owned.map((r) => sql`${r.workspace_id}::uuid`), sql`, `)})
        and not exists (
          select 1 from workspace_bindings b
          where b.workspace_id = w.id and b.principal_type = 'user' and b.role = 'owner' and b.user_id <> ${userId})
      order by w.name`),
  );
  if (sole.length) {
    throw new DomainError(
      "invariant_violation",
      `${who} is the only Owner of ${sole.map((w) => w.name).join(", ")}. Make someone else Owner of ${sole.length === 1 ? "that workspace" : "those workspaces"} first.`,
    );
  }
}
