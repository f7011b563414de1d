import "server-only";
import type { Caller } from "@/lib/auth/caller";
import { settingsChanges } from "@/db/schema";
import type { Tx } from "@/lib/db";
import type { SettingsSection } from "./sections";

/** Inside the change's transaction, so the "Last changed" line and the audit event never disagree. */
export async function markSectionChanged(tx: Tx, caller: Caller, section: SettingsSection, at = new Date()): Promise<void> {
  const row = { tenantId: caller.tenantId, section, changedAt: at, changedBy: caller.userId, changedByLabel: caller.name };
  await tx
    .insert(settingsChanges)
    .values(row)
    .onConflictDoUpdate({ target: [settingsChanges.tenantId, settingsChanges.section], set: { changedAt: at, changedBy: caller.userId, changedByLabel: caller.name } });
}
