import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { ssoRoleMappings, tenantSettings, userIdentities } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { markSectionChanged } from "@/lib/settings/mark-section-changed";
import { MAPPING_RULE_COLUMNS } from "./mapping-columns";
import { formatRoleMappingRules, mappedRole, parseRoleMappingRules, type RoleMappingRule } from "./role-mapping";

export const ZRoleMapping = z.object({
  rules: z
    .string()
    .max(20_000, "The list is too long.")
    .transform((text, ctx) => {
      const parsed = parseRoleMappingRules(text);
      if (parsed.ok) return parsed.rules;
      for (const problem of parsed.problems) ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }),
});

const NO_ADMIN_RULE = "At least one rule must grant Admin, or SSO sign-ins could leave the tenant without an Admin.";
const SAVER_LOSES_ADMIN = "Under these rules your own IdP groups would no longer make you Admin: you would lock yourself out.";

/**
 * Replaces the tenant's role-mapping rules (SPEC §9). Refused unless a rule grants Admin and the saving Admin — judged
 * by the IdP groups of their last SSO sign-in to this tenant, if they use SSO at all — would still be Admin.
 */
export const saveRoleMapping = defineAction({ permission: "security:update", input: ZRoleMapping }, async ({ input, caller, tx }) => {
  const rules: RoleMappingRule[] = input.rules;
  if (!rules.some((r) => r.role === "admin")) throw refuse.invalid({ rules: [NO_ADMIN_RULE] }, NO_ADMIN_RULE);
  const [settings] = await tx.select({ defaultRole: tenantSettings.defaultRole }).from(tenantSettings).where(eq(tenantSettings.tenantId, caller.tenantId));
  const identities = await tx
    .select({ lastGroups: userIdentities.lastGroups })
    .from(userIdentities)
    .where(and(eq(userIdentities.userId, caller.userId), inArray(userIdentities.provider, [`oidc:${caller.tenantId}`, `saml:${caller.tenantId}`])));
  for (const identity of identities) {
    if (mappedRole(rules, identity.lastGroups, settings!.defaultRole) !== "admin") throw refuse.invalid({ rules: [SAVER_LOSES_ADMIN] }, SAVER_LOSES_ADMIN);
  }

  const current = await tx
    .select(MAPPING_RULE_COLUMNS)
    .from(ssoRoleMappings)
    .where(eq(ssoRoleMappings.tenantId, caller.tenantId))
    .orderBy(ssoRoleMappings.createdAt, ssoRoleMappings.idpGroup);
  const before = formatRoleMappingRules(current);
  const after = formatRoleMappingRules(rules);
  if (before === after) return { result: { changed: false }, audit: [] };

  await tx.delete(ssoRoleMappings).where(eq(ssoRoleMappings.tenantId, caller.tenantId));
  const now = Date.now();
  // Increasing timestamps keep the rules in the order the Admin wrote them.
  await tx.insert(ssoRoleMappings).values(rules.map((r, i) => ({ tenantId: caller.tenantId, idpGroup: r.idpGroup, role: r.role, groupName: r.group ?? null, createdAt: new Date(now + i) })));
  await markSectionChanged(tx, caller, "sso_role_mapping");
  return {
    result: { changed: true },
    audit: { action: "sso.role_mapping.updated", target: { type: "tenant", id: caller.tenantId, label: caller.tenantName }, details: { rules: { before: current, after: rules } } },
  };
});
