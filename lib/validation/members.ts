import { z } from "zod";
import { TENANT_ROLES } from "@/lib/authz/permissions";
import { zId } from "./ids";

export const ZTenantRoleChoice = z.enum(TENANT_ROLES, "Choose Admin, Builder or Consumer.");

export const MEMBER_SORTS = ["name", "email", "last_sign_in", "created"] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];

/** The member list's filters, as the address bar and the API query carry them (blank fields dropped first). */
export const ZMemberFilter = z.object({
  q: z.string().trim().max(100, "Search with at most 100 characters.").optional().meta({
    description: "Words that start the member's name or e-mail (all must match).",
  }),
  status: z.enum(["active", "inactive"], "Choose Active or Inactive.").optional(),
  role: ZTenantRoleChoice.optional(),
  group: zId("The group").optional().meta({ description: "Only members of this group (id)." }),
  sort: z.enum(MEMBER_SORTS, "Sort by name, email, last_sign_in or created.").default("name"),
  dir: z.enum(["asc", "desc"], "Direction is asc or desc.").optional().meta({
    description: "Default: ascending, except last_sign_in and created (newest first).",
  }),
});
/** Blank query-string fields mean "any". */
export function withoutBlanks(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== null && !(typeof v === "string" && v.trim() === "")));
}
export type TMemberFilter = z.output<typeof ZMemberFilter>;

export const ZMemberRef = z.object({ userId: zId("The member") });

export const ZChangeMemberRole = ZMemberRef.extend({ role: ZTenantRoleChoice });

export const ZServiceAccountName = z
  .string("Enter a name.")
  .trim()
  .min(1, "Enter a name.")
  .max(64, "A name has at most 64 characters.");

export const ZServiceAccountDescription = z.string().trim().max(256, "A description has at most 256 characters.").default("");

export const ZServiceAccountRef = z.object({ id: zId("The service account") });

export const ZServiceAccountFields = z.object({
  name: ZServiceAccountName,
  description: ZServiceAccountDescription,
  role: ZTenantRoleChoice,
});
