import type { AuditEventRecord } from "../event-dto";

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CSV_COLUMNS = [
  "id", "occurred_at", "category", "action", "description", "actor_type", "actor_id", "actor_label", "target_type",
  "target_id", "target_label", "workspace_id", "ip", "user_agent", "details", "seq", "hash", "prev_hash",
] as const;

/** RFC 4180 quoting, and a leading apostrophe on cells a spreadsheet would run as a formula (CSV injection). */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(",")}\r\n`;
}

export function csvRow(e: AuditEventRecord): string {
  const cells = [
    e.id, e.occurredAt, e.category, e.action, e.description, e.actor.type, e.actor.id, e.actor.label, e.target?.type,
    e.target?.id, e.target?.label, e.workspaceId, e.ip, e.userAgent, e.details, e.seq, e.hash, e.prevHash,
  ];
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** The pieces of a streamed document: what opens it, each row (knowing whether it is the first), what closes it. */
export const EXPORT_SHAPES: Record<ExportFormat, { contentType: string; open: string; row: (e: AuditEventRecord, first: boolean) => string; close: string }> = {
  csv: { contentType: "text/csv; charset=utf-8", open: csvHeader(), row: (e) => csvRow(e), close: "" },
  json: { contentType: "application/json; charset=utf-8", open: "[\n", row: (e, first) => `${first ? "" : ",\n"}${JSON.stringify(e)}`, close: "\n]\n" },
};
