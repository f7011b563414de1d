import { formatDateTime, type DisplayFormat } from "@/lib/format/date-time";
import type { LastChange } from "./get-tenant-settings";

/** "Last changed 04/03/2026 2:05 PM UTC by Ada Admin", in the tenant's format; null for a form never saved. */
export function describeLastChange(change: LastChange | undefined, format: DisplayFormat): string | null {
  return change ? `Last changed ${formatDateTime(change.at, format)} by ${change.by}` : null;
}
