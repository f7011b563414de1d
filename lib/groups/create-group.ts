import "server-only";
import { z } from "zod";
import { groups } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { ZDescription, ZGroupName } from "@/lib/validation/groups";

export const ZCreateGroup = z.object({ name: ZGroupName, description: ZDescription });
export type TCreateGroup = z.infer<typeof ZCreateGroup>;

export const nameTaken = (name: string) => refuse.invalid({ name: [`A group named “${name}” already exists.`] });

export const createGroup = defineAction({ permission: "groups:manage", input: ZCreateGroup }, async ({ input, caller, tx }) => {
  const [group] = await tx
    .insert(groups)
    .values({ tenantId: caller.tenantId, name: input.name, description: input.description })
    .onConflictDoNothing()
    .returning({ id: groups.id, name: groups.name });
  if (!group) throw nameTaken(input.name);
  return {
    result: group,
    audit: { action: "group.created", target: { type: "group", id: group.id, label: group.name }, details: { name: input.name, description: input.description } },
  };
});
