import { z } from "zod";
import { WORKSPACE_ROLES } from "@/lib/authz/permissions";

/** A workspace as the API shows it, with the caller's effective role there. */
export const ZWorkspaceDto = z.object({
  id: z.uuid(),
  name: z.string().meta({ description: "Unique in the tenant; fixed once created." }),
  displayName: z.string(),
  description: z.string(),
  personal: z.boolean(),
  memberCount: z.number().int().meta({ description: "Users and groups holding a role in it." }),
  role: z.enum(WORKSPACE_ROLES).meta({ description: "The caller's effective role: the highest of its direct, group and tenant-role grants." }),
});
export type WorkspaceDto = z.infer<typeof ZWorkspaceDto>;

export const ZWorkspaceMemberDto = z.object({
  principalType: z.enum(["user", "group"]),
  principalId: z.uuid(),
  label: z.string().meta({ description: "The user's name or the group's name." }),
  email: z.string().nullable().meta({ description: "The user's e-mail; null for a group." }),
  role: z.enum(WORKSPACE_ROLES),
});
export type WorkspaceMemberDto = z.infer<typeof ZWorkspaceMemberDto>;
