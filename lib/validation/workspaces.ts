import { z } from "zod";
import { WORKSPACE_ROLES } from "@/lib/authz/permissions";

export const PERSONAL_WORKSPACE_PREFIX = "personal-";

export const ZWorkspaceName = z
  .string("Enter a workspace name.")
  .trim()
  .min(3, "A workspace name has at least 3 characters.")
  .max(64, "A workspace name has at most 64 characters.")
  .regex(/^[a-z0-9-]+$/, "Use only lowercase letters, digits and hyphens.")
  .refine((name) => !name.startsWith(PERSONAL_WORKSPACE_PREFIX), `Names starting with “${PERSONAL_WORKSPACE_PREFIX}” are reserved for personal workspaces.`);

export const ZWorkspaceDisplayName = z
  .string("Enter a display name.")
  .trim()
  .min(1, "Enter a display name.")
  .max(64, "A display name has at most 64 characters.");

export const ZWorkspaceRole = z.enum(WORKSPACE_ROLES, "Choose Owner, Contributor or Viewer.");

const PRINCIPAL = /^(user|group):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export type PrincipalRef = { type: "user" | "group"; id: string };

/** A workspace member as forms and the API name it: "user:<id>" or "group:<id>". */
export const ZPrincipalRef = z
  .string("Choose a user or group.")
  .regex(PRINCIPAL, "Choose a user or group.")
  .transform((value): PrincipalRef => {
    const [, type, id] = PRINCIPAL.exec(value)!;
    return { type: type as PrincipalRef["type"], id: id!.toLowerCase() };
  });

export const principalKey = (principal: PrincipalRef) => `${principal.type}:${principal.id}`;
