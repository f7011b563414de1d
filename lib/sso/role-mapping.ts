import { TENANT_ROLE_INFO, TENANT_ROLES, type TenantRole } from "@/lib/authz/permissions";

/** What members of one IdP group get: a tenant role, membership of a Gatehouse group (managed by SSO), or both. */
export type RoleMappingRule = { idpGroup: string; role: TenantRole | null; group?: string | null };

const GROUP_PREFIX = "group:";
const MAX_GROUP_NAME = 64;

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

/**
 * One rule a line, "IdP group = targets": a role (admin, builder, consumer), "group:<Gatehouse group>", or both separated
 * by a comma. Returns the rules or per-line problems.
 */
export function parseRoleMappingRules(text: string): { ok: true; rules: RoleMappingRule[] } | { ok: false; problems: string[] } {
  const rules: RoleMappingRule[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line) continue;
    const at = line.lastIndexOf("=");
    const idpGroup = (at < 0 ? "" : line.slice(0, at)).trim();
    const targets = parseTargets(at < 0 ? "" : line.slice(at + 1));
    const where = `Line ${index + 1}`;
    if (!idpGroup || idpGroup.length > 200) problems.push(`${where}: write "IdP group = role" or "IdP group = group:<name>".`);
    else if ("problem" in targets) problems.push(`${where}: ${targets.problem}`);
    else if (seen.has(idpGroup)) problems.push(`${where}: "${idpGroup}" is mapped twice.`);
    else {
      seen.add(idpGroup);
      rules.push({ idpGroup, ...targets });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, rules };
}

function parseTargets(text: string): { role: TenantRole | null; group: string | null } | { problem: string } {
  let role: TenantRole | null = null;
  let group: string | null = null;
  for (const part of text.split(",").map((p) => p.trim())) {
    if (part.toLowerCase().startsWith(GROUP_PREFIX)) {
      const name = part.slice(GROUP_PREFIX.length).trim();
      if (!name || name.length > MAX_GROUP_NAME) return { problem: `a group name has 1 to ${MAX_GROUP_NAME} characters.` };
      if (group) return { problem: "one group a rule." };
      group = name;
    } else if ((TENANT_ROLES as readonly string[]).includes(part.toLowerCase())) {
      if (role) return { problem: "one role a rule." };
      role = part.toLowerCase() as TenantRole;
    } else {
      return { problem: "the role must be admin, builder or consumer (or group:<name> for a Gatehouse group)." };
    }
  }
  return { role, group };
}

export function formatRoleMappingRules(rules: readonly RoleMappingRule[]): string {
  return rules.map((r) => `${r.idpGroup} = ${[r.role, r.group ? `${GROUP_PREFIX}${r.group}` : null].filter(Boolean).join(", ")}`).join("\n");
}
