import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { groups, users, workspaceBindings } from "@/db/schema";
import { parseInput } from "@/lib/action/parse-input";
import { decodeCursor, toPage, ZPageQuery, type Page } from "@/lib/api/pagination";
import type { Caller } from "@/lib/auth/caller";
import { getDb } from "@/lib/db";
import { findWorkspace } from "./find-workspace";
import type { WorkspaceMemberDto } from "./workspace-dto";

const ZBindingCursor = z.tuple([z.string(), z.uuid()]);

/** The users and groups holding a role in a workspace the caller sees, by name, keyset-paginated on (lower(label), binding id). */
export async function listWorkspaceMembersPage(caller: Caller, workspaceId: string, query: unknown = {}): Promise<Page<WorkspaceMemberDto>> {
  const workspace = await findWorkspace(caller, workspaceId);
  const { limit, cursor } = parseInput(ZPageQuery, query);
  const position = decodeCursor(cursor, ZBindingCursor);
  const label = sql<string>`coalesce(${users.name}, ${groups.name})`;
  const sortLabel = sql<string>`lower(coalesce(${users.name}, ${groups.name}))`;
  const rows = await getDb()
    .select({
      bindingId: workspaceBindings.id,
      principalType: workspaceBindings.principalType,
      principalId: sql<string>`coalesce(${workspaceBindings.userId}, ${workspaceBindings.groupId})`,
      label,
      email: users.email,
      role: workspaceBindings.role,
      sortLabel,
    })
    .from(workspaceBindings)
    .leftJoin(users, eq(users.id, workspaceBindings.userId))
    .leftJoin(groups, eq(groups.id, workspaceBindings.groupId))
    .where(
      and(
        eq(workspaceBindings.workspaceId, workspace.id),
        position ? sql`(${sortLabel}, ${workspaceBindings.id}) > (${position[0]}, ${position[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(sortLabel), asc(workspaceBindings.id))
    .limit(limit + 1);
  return toPage(
    rows,
    limit,
    ({ principalType, principalId, label, email, role }) => ({ principalType, principalId, label, email, role }),
    (row) => [row.sortLabel, row.bindingId],
  );
}
