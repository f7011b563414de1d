import { TENANT_ROLE_INFO, TENANT_ROLES, type TenantRole } from "@/lib/authz/permissions";

export type RoleMappingRule = { idpGroup: string; role: TenantRole | null };

/**
 * The tenant role an SSO sign-in grants: the highest role among the rules whose IdP group the user has, else the
 * tenant's default role. Null when the tenant has no rules: then sign-in leaves the role as it is.
 */
export function mappedRole(rules: readonly RoleMappingRule[], groups: readonly string[], defaultRole: TenantRole): TenantRole | null {
  if (rules.length === 0) return null;
  const have = new Set(groups);
  let best: TenantRole | null = null;
  for (const rule of rules) {
    if (!rule.role || !have.has(rule.idpGroup)) continue;
    if (!best || TENANT_ROLE_INFO[rule.role].rank > TENANT_ROLE_INFO[best].rank) best = rule.role;
  }
  return best ?? defaultRole;
}

/** One rule a line, "IdP group = role" (role: admin, builder or consumer). Returns the rules or per-line problems. */
export function parseRoleMappingRules(text: string): { ok: true; rules: RoleMappingRule[] } | { ok: false; problems: string[] } {
  const rules: RoleMappingRule[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line) continue;
    const at = line.lastIndexOf("=");
    const idpGroup = (at < 0 ? "" : line.slice(0, at)).trim();
    const role = (at < 0 ? "" : line.slice(at + 1)).trim().toLowerCase();
    if (!idpGroup || idpGroup.length > 200) problems.push(`Line ${index + 1}: write "IdP group = role".`);
    else if (!(TENANT_ROLES as readonly string[]).includes(role)) problems.push(`Line ${index + 1}: the role must be admin, builder or consumer.`);
    else if (seen.has(idpGroup)) problems.push(`Line ${index + 1}: "${idpGroup}" is mapped twice.`);
    else {
      seen.add(idpGroup);
      rules.push({ idpGroup, role: role as TenantRole });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, rules };
}

export function formatRoleMappingRules(rules: readonly RoleMappingRule[]): string {
  return rules.map((r) => `${r.idpGroup} = ${r.role ?? ""}`).join("\n");
}
