import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { groups } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { ZDescription, ZGroupName } from "@/lib/validation/groups";
import { zId } from "@/lib/validation/ids";
import { nameTaken } from "./create-group";

export const ZUpdateGroup = z.object({ groupId: zId("The group"), name: ZGroupName, description: ZDescription });

export const updateGroup = defineAction({ permission: "groups:manage", input: ZUpdateGroup }, async ({ input, caller, tx }) => {
  const inTenant = and(eq(groups.tenantId, caller.tenantId), eq(groups.id, input.groupId));
  const [before] = await tx.select({ name: groups.name, description: groups.description }).from(groups).where(inTenant).for("no key update");
  if (!before) throw refuse.notFound("The group");
  try {
    await tx.update(groups).set({ name: input.name, description: input.description, updatedAt: new Date() }).where(inTenant);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
  const after = { name: input.name, description: input.description };
  return {
    result: { id: input.groupId, ...after },
    audit: { action: "group.updated", target: { type: "group", id: input.groupId, label: input.name }, details: { before, after } },
  };
});
