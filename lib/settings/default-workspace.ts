import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { workspaces } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import { defineSettingsAction } from "./define-settings-action";

/** New members get Viewer or Contributor there; Owner stays a deliberate, per-person grant. */
export const DEFAULT_WORKSPACE_ROLES = ["viewer", "contributor"] as const;

export const ZDefaultWorkspace = z.object({
  defaultWorkspaceId: z
    .union([z.literal("none"), z.null(), z.uuid("Choose a workspace of this tenant.")], { message: "Choose a workspace of this tenant." })
    .transform((v) => (v === "none" ? null : v))
    .meta({ description: 'A shared workspace of this tenant; null (or "none"): none.' }),
  defaultWorkspaceRole: z.enum(DEFAULT_WORKSPACE_ROLES, "Choose Viewer or Contributor."),
});

export const updateDefaultWorkspace = defineSettingsAction({
  permission: "settings:update",
  input: ZDefaultWorkspace,
  section: "default_workspace",
  audit: "settings.default_workspace.updated",
  async check(tx, caller, input) {
    if (!input.defaultWorkspaceId) return;
    const [workspace] = await tx
      .select({ personal: workspaces.personal })
      .from(workspaces)
      .where(and(eq(workspaces.id, input.defaultWorkspaceId), eq(workspaces.tenantId, caller.tenantId)))
      .for("share");
    if (!workspace) throw refuse.invalid({ defaultWorkspaceId: ["Choose a workspace of this tenant."] });
    if (workspace.personal) throw refuse.invalid({ defaultWorkspaceId: ["A personal workspace cannot be the default for new members."] });
  },
});
