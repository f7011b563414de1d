import "server-only";
import { z } from "zod";
import { workspaceAccessPage } from "@/lib/access/workspace-access-page";
import { callerSubject } from "@/lib/access/workspace-access";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import { ZPageQuery, type Page } from "@/lib/api/pagination";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import type { WorkspaceDto } from "./workspace-dto";

export const ZWorkspacePageQuery = ZPageQuery.extend({
  includePersonal: z
    .enum(["true", "false"], "includePersonal is true or false.")
    .default("false")
    .transform((value) => value === "true")
    .meta({ description: "With `workspaces:read_all` (Admin): also other members' personal workspaces." }),
});

/** The workspaces the caller may see (SPEC §7, as listWorkspaces decides) by name, keyset-paginated on (name, id). */
export async function listWorkspacesPage(caller: Caller, query: unknown = {}): Promise<Page<WorkspaceDto>> {
  if (!callerHas(caller, "workspaces:read")) throw refuse.forbidden();
  const options = parseInput(ZWorkspacePageQuery, query);
  const page = await workspaceAccessPage(callerSubject(caller), { ...options, all: callerHas(caller, "workspaces:read_all") });
  return { data: page.data.map(({ workspace, access }) => ({ ...workspace, role: access.role })), nextCursor: page.nextCursor };
}
