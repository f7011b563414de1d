import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { groupMembers, groups } from "@/db/schema";
import { record, type AuditContext } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import type { RoleMappingRule } from "./role-mapping";

/**
 * At every SSO sign-in, the Gatehouse groups named by mapping rules follow the user's IdP groups: a group is created
 * when first needed and marked managed by SSO; the user joins those whose IdP group they have and leaves the others.
 * Groups no rule names are left alone. Each join and leave is audited.
 */
export async function syncMappedGroups(tx: Tx, audit: AuditContext, userId: string, rules: readonly RoleMappingRule[], idpGroups: readonly string[]): Promise<void> {
  const tenantId = audit.tenantId!;
  const have = new Set(idpGroups);
  const wanted = new Map<string, boolean>();
  for (const rule of rules) {
    if (!rule.group) continue;
    const key = rule.group.toLowerCase();
    wanted.set(key, (wanted.get(key) ?? false) || have.has(rule.idpGroup));
  }
  for (const rule of rules) {
    if (!rule.group || !wanted.has(rule.group.toLowerCase())) continue;
    const member = wanted.get(rule.group.toLowerCase())!;
    wanted.delete(rule.group.toLowerCase());
    const group = await managedGroup(tx, tenantId, rule.group);
    const target = { type: "user", id: userId, label: audit.actor.label ?? undefined };
    if (member) {
      const [joined] = await tx.insert(groupMembers).values({ tenantId, groupId: group.id, userId }).onConflictDoNothing().returning({ userId: groupMembers.userId });
      if (joined) await record(tx, audit, { action: "group.member_added", target, details: { group: group.name, reason: "SSO role mapping" } });
    } else {
      const [left] = await tx
        .delete(groupMembers)
        .where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.userId, userId)))
        .returning({ userId: groupMembers.userId });
      if (left) await record(tx, audit, { action: "group.member_removed", target, details: { group: group.name, reason: "SSO role mapping" } });
    }
  }
}

/** The tenant's group of that name (any case), created if missing, and marked managed by SSO. */
async function managedGroup(tx: Tx, tenantId: string, name: string): Promise<{ id: string; name: string }> {
  await tx.insert(groups).values({ tenantId, name, description: "Kept in sync by single sign-on role mapping.", managedBySso: true }).onConflictDoNothing();
  const sameName = and(eq(groups.tenantId, tenantId), sql`lower(${groups.name}) = ${name.toLowerCase()}`);
  const [group] = await tx.select({ id: groups.id, name: groups.name, managedBySso: groups.managedBySso }).from(groups).where(sameName);
  // An existing hand-made group of that name is taken over once; sign-ins after that write nothing here.
  if (!group!.managedBySso) await tx.update(groups).set({ managedBySso: true, updatedAt: new Date() }).where(eq(groups.id, group!.id));
  return { id: group!.id, name: group!.name };
}
