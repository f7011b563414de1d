import { workspaces } from "@/db/schema";

/** What every read of a workspace shows about it. */
export const WORKSPACE_SUMMARY = {
  id: workspaces.id,
  name: workspaces.name,
  displayName: workspaces.displayName,
  description: workspaces.description,
  personal: workspaces.personal,
};
