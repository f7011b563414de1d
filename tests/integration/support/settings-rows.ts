import { and, asc, eq } from "drizzle-orm";
import { auditEvents, settingsChanges, tenantSettings } from "@/db/schema";
import { DomainError } from "@/lib/action/errors";
import { getDb } from "@/lib/db";

export const settingsOf = async (tenantId: string) =>
  (await getDb().select().from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId)))[0]!;

export const eventsOf = (tenantId: string) =>
  getDb().select().from(auditEvents).where(eq(auditEvents.tenantId, tenantId)).orderBy(asc(auditEvents.seq));

export const lastChangeOf = async (tenantId: string, section: string) =>
  (await getDb().select().from(settingsChanges).where(and(eq(settingsChanges.tenantId, tenantId), eq(settingsChanges.section, section))))[0];

/** The DomainError a refused action rejects with (anything else fails the test). */
export async function refusalOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}
