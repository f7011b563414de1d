import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json";

/** The chain of deployment-level events (those that belong to no tenant). */
export const DEPLOYMENT_CHAIN_ID = "00000000-0000-0000-0000-000000000000";
export const GENESIS_HASH = "0".repeat(64);

/** The fields an event's hash covers: everything but its own hash and its database id. */
export type ChainedFields = {
  chainId: string;
  seq: number;
  tenantId: string | null;
  occurredAt: Date;
  category: string;
  action: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  workspaceId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
  prevHash: string;
};

export function computeEventHash(event: ChainedFields): string {
  const payload = canonicalJson({ ...event, occurredAt: event.occurredAt.toISOString() });
  return createHash("sha256").update(payload).digest("hex");
}
