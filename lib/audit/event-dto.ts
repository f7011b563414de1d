import type { AuditEventRow } from "@/db/schema";
import { formatDateTime, type DisplayFormat } from "@/lib/format/date-time";
import { AUDIT_ACTIONS, AUDIT_CATEGORIES, isAuditAction, isAuditCategory } from "./catalogue";

/** One event as every consumer outside the database sees it: the viewer, the export and the SIEM stream. */
export type AuditEventRecord = {
  id: number;
  idempotencyKey: string;
  tenantId: string | null;
  seq: number;
  occurredAt: string;
  category: string;
  action: string;
  description: string;
  actor: { type: string; id: string | null; label: string | null };
  target: { type: string; id: string | null; label: string | null } | null;
  workspaceId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
  hash: string;
  prevHash: string;
};

/** What the viewer's table shows for one event (the detail panel adds details and user agent). */
export type AuditEventListItem = {
  id: number;
  occurredAt: string;
  occurredAtText: string;
  category: string;
  action: string;
  sentence: string;
  actor: { type: string; label: string | null };
  target: string | null;
  workspaceId: string | null;
  ip: string | null;
};

export type AuditEventDetail = AuditEventListItem & { details: Record<string, unknown>; userAgent: string | null; seq: number; hash: string };

/** Stable per event across retries and restarts: the receiver drops what it has already seen. */
export function idempotencyKeyOf(row: Pick<AuditEventRow, "chainId" | "seq">): string {
  return `${row.chainId}:${row.seq}`;
}

export function sentenceOf(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action].sentence : action;
}

export function categoryLabelOf(category: string): string {
  return isAuditCategory(category) ? AUDIT_CATEGORIES[category] : category;
}

export function targetText(row: Pick<AuditEventRow, "targetType" | "targetLabel" | "targetId">): string | null {
  const name = row.targetLabel ?? row.targetId;
  if (!row.targetType && !name) return null;
  return [row.targetType, name].filter(Boolean).join(": ");
}

export function toRecord(row: AuditEventRow): AuditEventRecord {
  return {
    id: row.id,
    idempotencyKey: idempotencyKeyOf(row),
    tenantId: row.tenantId,
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    category: row.category,
    action: row.action,
    description: sentenceOf(row.action),
    actor: { type: row.actorType, id: row.actorId, label: row.actorLabel },
    target: row.targetType || row.targetId || row.targetLabel ? { type: row.targetType ?? "", id: row.targetId, label: row.targetLabel } : null,
    workspaceId: row.workspaceId,
    details: row.details,
    ip: row.ip,
    userAgent: row.userAgent,
    hash: row.hash,
    prevHash: row.prevHash,
  };
}

export function toListItem(row: AuditEventRow, format: DisplayFormat): AuditEventListItem {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    occurredAtText: formatDateTime(row.occurredAt, format),
    category: categoryLabelOf(row.category),
    action: row.action,
    sentence: sentenceOf(row.action),
    actor: { type: row.actorType, label: row.actorLabel ?? row.actorId },
    target: targetText(row),
    workspaceId: row.workspaceId,
    ip: row.ip,
  };
}

export function toDetail(row: AuditEventRow, format: DisplayFormat): AuditEventDetail {
  return { ...toListItem(row, format), details: row.details, userAgent: row.userAgent, seq: row.seq, hash: row.hash };
}
