import { z } from "zod";
import { TENANT_ROLES } from "@/lib/authz/permissions";

/** A member as every client may see it: never a password hash, a secret or another tenant's data. */
export const ZMemberDto = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  username: z.string(),
  role: z.enum(TENANT_ROLES),
  status: z.enum(["active", "inactive"]),
  groups: z.array(z.object({ id: z.uuid(), name: z.string() })),
  lastSignInAt: z.iso.datetime().nullable(),
  memberSince: z.iso.datetime(),
});
export type MemberDto = z.infer<typeof ZMemberDto>;
