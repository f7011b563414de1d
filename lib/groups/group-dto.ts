import { z } from "zod";

/** A group as the API shows it. */
export const ZGroupDto = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  managedBySso: z.boolean().meta({ description: "Kept in sync by single sign-on; its members change at each sign-in." }),
  memberCount: z.number().int(),
});
export type GroupDto = z.infer<typeof ZGroupDto>;

export const ZGroupMemberDto = z.object({ id: z.uuid(), name: z.string(), email: z.string(), username: z.string() });
export type GroupMemberDto = z.infer<typeof ZGroupMemberDto>;
