import { z } from "zod";
import { TENANT_ROLES, WORKSPACE_ROLES } from "@/lib/authz/permissions";

export const ZServiceAccountDto = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  role: z.enum(TENANT_ROLES),
  status: z.enum(["active", "inactive"]),
  createdAt: z.iso.datetime(),
});
export type ServiceAccountDto = z.infer<typeof ZServiceAccountDto>;

export const ZServiceAccountDetail = ZServiceAccountDto.extend({
  workspaces: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.enum(WORKSPACE_ROLES) })),
});
export type ServiceAccountDetail = z.infer<typeof ZServiceAccountDetail>;
