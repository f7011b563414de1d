import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { tenantSettings, type TenantSettingsRow } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import type { Caller } from "@/lib/auth/caller";
import type { Tx } from "@/lib/db";
import { refuse } from "@/lib/action/errors";
import type { AuditAction } from "@/lib/audit/catalogue";
import type { TenantPermission } from "@/lib/authz/permissions";
import { markSectionChanged } from "./mark-section-changed";
import type { SettingsSection } from "./sections";
import { diffSettings } from "./settings-diff";

export type SettingsPatch = Partial<Omit<TenantSettingsRow, "tenantId" | "updatedAt">>;

/**
 * One settings form = one action: its zod schema yields a patch of tenant_settings columns. The row is locked, only
 * the columns whose value really changes are written, and the audit event carries exactly those (before and after).
 * Saving unchanged values writes nothing and records nothing.
 */
export function defineSettingsAction<S extends z.ZodType<SettingsPatch>>(spec: {
  permission: TenantPermission;
  input: S;
  section: SettingsSection;
  audit: AuditAction;
  /** Checks the database can vouch for (a referenced row is the tenant's own); throws a refusal to change nothing. */
  check?: (tx: Tx, caller: Caller, input: z.output<S>) => Promise<void>;
}) {
  return defineAction({ permission: spec.permission, input: spec.input }, async ({ input, caller, tx }) => {
    const patch = input as SettingsPatch;
    const [current] = await tx.select().from(tenantSettings).where(eq(tenantSettings.tenantId, caller.tenantId)).for("update");
    if (!current) throw refuse.notFound("The tenant");
    await spec.check?.(tx, caller, input);
    const change = diffSettings(current as SettingsPatch, patch);
    if (!change) return { result: { changed: false }, audit: [] };
    const now = new Date();
    await tx.update(tenantSettings).set({ ...patch, updatedAt: now }).where(eq(tenantSettings.tenantId, caller.tenantId));
    await markSectionChanged(tx, caller, spec.section, now);
    return {
      result: { changed: true },
      audit: { action: spec.audit, target: { type: "tenant", id: caller.tenantId, label: caller.tenantName }, details: change },
    };
  });
}
