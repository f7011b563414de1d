import "server-only";
import { purgeExpiredEvents } from "@/lib/audit/retention/purge-expired";
import { startOutboxWorker } from "@/lib/audit/stream/deliver-outbox";
import { purgeSpentSignInRows } from "@/lib/auth/purge-spent-sign-in-rows";
import type { Db } from "@/lib/db";

const RETENTION_INTERVAL_MS = 60 * 60 * 1000;
const RETENTION_FIRST_RUN_MS = 60 * 1000;

const slot = globalThis as unknown as { gatehouseJobs?: { stop: () => Promise<void> } };

/**
 * In-process jobs of every instance: the SIEM outbox worker and the hourly retention purge. Both are safe to run on
 * several instances at once (row leases with SKIP LOCKED; a per-chain advisory lock), so no instance is special.
 */
export function startBackgroundJobs(db: Db): void {
  if (slot.gatehouseJobs) return;
  const worker = startOutboxWorker(db);
  const purge = async () => {
    try {
      for (const outcome of await purgeExpiredEvents(db)) {
        console.info(`[audit] Retention purged ${outcome.purged} events of chain ${outcome.chainId} (through seq ${outcome.throughSeq}).`);
      }
    } catch (error) {
      console.error("[audit] Retention purge failed:", error instanceof Error ? error.message : error);
    }
    await purgeSpentSignInRows(db).catch((error: unknown) => console.error("[auth] Purging spent sign-in rows failed:", error instanceof Error ? error.message : error));
  };
  const first = setTimeout(purge, RETENTION_FIRST_RUN_MS);
  const every = setInterval(purge, RETENTION_INTERVAL_MS);
  first.unref();
  every.unref();
  slot.gatehouseJobs = {
    async stop() {
      clearTimeout(first);
      clearInterval(every);
      await worker.stop();
    },
  };
}
