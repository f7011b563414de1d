import { z } from "zod";
import { TENANT_ROLES } from "@/lib/authz/permissions";
import { zId } from "./ids";
import { ZWorkspaceRole } from "./workspaces";

/** One batch may hold this many addresses (pasted and from the CSV file together). */
export const MAX_INVITATIONS_PER_BATCH = 1000;
/** The CSV file is read on the server; anything larger is refused before it is parsed. */
export const MAX_CSV_BYTES = 512 * 1024;
const MAX_GRANTS = 20;

const asList = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

/** Pasted text: addresses separated by commas, semicolons or line breaks. */
export function splitAddresses(text: string): string[] {
  return text
    .split(/[,;\r\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A workspace grant as the form posts it ("<workspace id>:<role>") or the API sends it ({ workspaceId, role }). */
const ZWorkspaceGrant = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    const [workspaceId, role] = value.split(":");
    return { workspaceId, role };
  },
  z.object({ workspaceId: zId("A workspace"), role: ZWorkspaceRole }),
);

export const ZInvitationGrants = z.object({
  role: z.enum(TENANT_ROLES, "Choose Admin, Builder or Consumer."),
  groupIds: z.preprocess(asList, z.array(zId("A group")).max(MAX_GRANTS, `Choose at most ${MAX_GRANTS} groups.`)).default([]),
  workspaces: z.preprocess(asList, z.array(ZWorkspaceGrant).max(MAX_GRANTS, `Choose at most ${MAX_GRANTS} workspaces.`)).default([]),
});

/**
 * A batch of invitations. `emails` is a list, or text with separators (a form's textarea); every entry is checked
 * one by one, so one bad address is reported without refusing the others.
 */
export const ZInviteBatch = ZInvitationGrants.extend({
  emails: z
    .preprocess(
      (value) => asList(value).flatMap((entry) => (typeof entry === "string" ? splitAddresses(entry) : [entry])),
      z
        .array(z.string().max(1000, "An entry is too long to be an e-mail address."))
        .min(1, "Enter at least one e-mail address.")
        .max(MAX_INVITATIONS_PER_BATCH, `Invite at most ${MAX_INVITATIONS_PER_BATCH} addresses at a time.`),
    )
    .meta({ description: "E-mail addresses; a string may hold several, separated by commas, semicolons or line breaks." }),
});
export type TInviteBatch = z.infer<typeof ZInviteBatch>;

export const ZInvitationRef = z.object({ id: zId("The invitation") });
