import { sql } from "drizzle-orm";
import { workspaceBindings, workspaces } from "@/db/schema";

/** What every read of a workspace shows about it. */
export const WORKSPACE_SUMMARY = {
  id: workspaces.id,
  name: workspaces.name,
  displayName: workspaces.displayName,
  description: workspaces.description,
  personal: workspaces.personal,
};

/**
 * The summary with how many users and groups hold a role there, as lists show it. The outer id is spelled out:
 * drizzle renders a column of a one-table select unqualified, and inside the subquery "id" is the binding's.
 */
export const WORKSPACE_LIST_COLUMNS = {
  ...WORKSPACE_SUMMARY,
  memberCount: sql<number>`(select count(*)::int from ${workspaceBindings} where ${workspaceBindings.workspaceId} = "workspaces"."id")`,
};
