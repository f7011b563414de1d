import { ssoRoleMappings } from "@/db/schema";

/** A role-mapping rule as the code reads it (RoleMappingRule), straight from its row. */
export const MAPPING_RULE_COLUMNS = { idpGroup: ssoRoleMappings.idpGroup, role: ssoRoleMappings.role, group: ssoRoleMappings.groupName };
