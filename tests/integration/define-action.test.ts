import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { auditEvents, tenants } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { DomainError } from "@/lib/action/errors";
import { getDb } from "@/lib/db";
import { updateGeneralSettings } from "@/lib/tenants/update-general-settings";
import { META, seedTenant } from "./support/fixtures";

const tenantName = async (id: string) => (await getDb().select().from(tenants).where(eq(tenants.id, id)))[0]!.name;
const auditOf = (tenantId: string) => getDb().select().from(auditEvents).where(eq(auditEvents.tenantId, tenantId));

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("the action factory", () => {
  it("runs the change and its audit event in one transaction, attributed to the caller", async () => {
    const { tenantId, tenantName: before, members } = await seedTenant(["admin"]);
    const admin = members[0]!;
    expect(await updateGeneralSettings.execute(admin.caller, { name: "  Renamed Corp  " }, META)).toEqual({ changed: true });
    expect(await tenantName(tenantId)).toBe("Renamed Corp");
    const [event] = await auditOf(tenantId);
    expect(event).toMatchObject({
      action: "settings.general.updated",
      category: "setting_updates",
      actorType: "user",
      actorId: admin.userId,
      actorLabel: admin.email,
      ip: META.ip,
      userAgent: META.userAgent,
      details: { before: { name: before }, after: { name: "Renamed Corp" } },
    });
  });

  it.each(["builder", "consumer"] as const)("refuses a %s without the permission and changes nothing", async (role) => {
    const { tenantId, tenantName: before, members } = await seedTenant([role]);
    const error = await refusal(updateGeneralSettings.execute(members[0]!.caller, { name: "Hijacked" }, META));
    expect(error).toMatchObject({ code: "forbidden", message: "You do not have permission to do that." });
    expect(await tenantName(tenantId)).toBe(before);
    expect(await auditOf(tenantId)).toHaveLength(0);
  });

  it("returns field errors for bad input and changes nothing", async () => {
    const { tenantId, tenantName: before, members } = await seedTenant(["admin"]);
    const error = await refusal(updateGeneralSettings.execute(members[0]!.caller, { name: "x".repeat(65) }, META));
    expect(error.code).toBe("validation_failed");
    expect(error.fieldErrors).toEqual({ name: ["A tenant name has at most 64 characters."] });
    expect((await refusal(updateGeneralSettings.execute(members[0]!.caller, {}, META))).fieldErrors?.name).toHaveLength(1);
    expect(await tenantName(tenantId)).toBe(before);
    expect(await auditOf(tenantId)).toHaveLength(0);
  });

  it("rolls back the change and its event together when the handler fails after writing", async () => {
    const { tenantId, tenantName: before, members } = await seedTenant(["admin"]);
    const failing = defineAction({ permission: "settings:update", input: z.object({ name: z.string() }) }, async ({ input, caller, tx }) => {
      await tx.update(tenants).set({ name: input.name }).where(eq(tenants.id, caller.tenantId));
      throw new Error("injected failure after the change");
    });
    await expect(failing.execute(members[0]!.caller, { name: "Half Done" }, META)).rejects.toThrow("injected failure");
    expect(await tenantName(tenantId)).toBe(before);
    expect(await auditOf(tenantId)).toHaveLength(0);
  });

  it("writes only the caller's tenant, whatever the input says", async () => {
    const a = await seedTenant(["admin"]);
    const b = await seedTenant(["admin"]);
    await updateGeneralSettings.execute(a.members[0]!.caller, { name: "Only A", tenantId: b.tenantId, id: b.tenantId }, META);
    expect(await tenantName(a.tenantId)).toBe("Only A");
    expect(await tenantName(b.tenantId)).toBe(b.tenantName);
    expect(await auditOf(b.tenantId)).toHaveLength(0);
  });
});
