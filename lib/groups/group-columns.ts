import "server-only";
import { sql } from "drizzle-orm";
import { groupMembers, groups } from "@/db/schema";

/** What every API read of a group selects (GroupDto). */
export const GROUP_COLUMNS = {
  id: groups.id,
  name: groups.name,
  description: groups.description,
  managedBySso: groups.managedBySso,
  memberCount: sql<number>`(select count(*)::int from ${groupMembers} where ${groupMembers.groupId} = ${groups.id})`,
};
