import "server-only";
import type { z } from "zod";
import type { Caller, RequestMeta } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import type { Permission, TenantPermission } from "@/lib/authz/permissions";
import { record, type AuditActor, type AuditEntry } from "@/lib/audit/record";
import { getDb, type Tx } from "@/lib/db";
import { refuse } from "./errors";
import { parseInput } from "./parse-input";

export type ActionContext<I> = { input: I; caller: Caller; tx: Tx; meta: RequestMeta };
/** A mutation's handler must say what it audits: forgetting the event is a type error, not a review comment. */
export type ActionOutcome<O> = { result: O; audit: AuditEntry | readonly AuditEntry[] };

export type DefinedAction<I, O> = {
  /** A tenant permission (defineAction) or a permission in the input's workspace (defineWorkspaceAction). */
  readonly permission: Permission;
  readonly input: z.ZodType<I>;
  /** Authorize → validate → one transaction holding the change and its audit event(s) → the handler's DTO. */
  execute(caller: Caller, rawInput: unknown, meta: RequestMeta): Promise<O>;
};

/** A key's actions are attributed to the key, labelled with its name and its owner's e-mail. */
export function actorOf(caller: Caller): AuditActor {
  if (caller.kind === "api_key") return { type: "api_key", id: caller.apiKey.id, label: `${caller.apiKey.name} (${caller.email})` };
  return { type: "user", id: caller.userId, label: caller.email };
}

/** A handler's audit event or events, as a list. */
export function auditEntries(audit: ActionOutcome<unknown>["audit"]): readonly AuditEntry[] {
  return Array.isArray(audit) ? audit : [audit as AuditEntry];
}

/** Writes the handler's audit event(s) in its transaction, attributed to the caller. */
export async function recordOutcome(
  tx: Tx,
  caller: Caller,
  meta: RequestMeta,
  audit: ActionOutcome<unknown>["audit"],
  defaults: Partial<AuditEntry> = {},
): Promise<void> {
  for (const entry of auditEntries(audit)) {
    await record(tx, { tenantId: caller.tenantId, actor: actorOf(caller), ...meta }, { ...defaults, ...entry });
  }
}

const definedActions = new Set<DefinedAction<unknown, unknown>>();

/** Every action built by the factory in the modules loaded so far (the audit-coverage test enumerates them). */
export function allDefinedActions(): ReadonlySet<DefinedAction<unknown, unknown>> {
  return definedActions;
}

/**
 * The one factory for every server action and API handler. The permission is required; the tenant always comes
 * from the caller; input is parsed with the zod schema; the change and its audit events share one transaction.
 */
export function defineAction<S extends z.ZodType, O>(
  spec: { permission: TenantPermission; input: S },
  handler: (ctx: ActionContext<z.output<S>>) => Promise<ActionOutcome<O>>,
): DefinedAction<z.output<S>, O> {
  const action: DefinedAction<z.output<S>, O> = {
    permission: spec.permission,
    input: spec.input as z.ZodType<z.output<S>>,
    async execute(caller, rawInput, meta) {
      if (!callerHas(caller, spec.permission)) throw refuse.forbidden();
      const input = parseInput(spec.input, rawInput);
      return getDb().transaction(async (tx) => {
        const { result, audit } = await handler({ input, caller, tx, meta });
        await recordOutcome(tx, caller, meta, audit);
        return result;
      });
    },
  };
  definedActions.add(action as DefinedAction<unknown, unknown>);
  return action;
}
