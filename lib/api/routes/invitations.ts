import "server-only";
import { z } from "zod";
import { ADDRESS_PROBLEMS } from "@/lib/invitations/classify-addresses";
import { cancelInvitation } from "@/lib/invitations/cancel-invitation";
import { createInvitations } from "@/lib/invitations/create-invitations";
import { ZInvitationDto } from "@/lib/invitations/invitation-dto";
import { inviteAndMail, resendAndMail } from "@/lib/invitations/invite-and-mail";
import { listInvitationsByCursor, ZInvitationListQuery } from "@/lib/invitations/list-invitations";
import { ZInvitationRef } from "@/lib/validation/invitations";
import { defineRoute } from "../define-route";
import { ZPage } from "../pagination";

const tag = "Invitations";

const ZMailFailure = z.object({ id: z.uuid(), email: z.string(), message: z.string() });
const ZInviteOutcome = z.object({
  invited: z.array(z.object({ id: z.uuid(), email: z.string() })),
  refused: z
    .array(
      z.object({
        email: z.string(),
        problem: z.enum(ADDRESS_PROBLEMS),
        message: z.string(),
      }),
    )
    .meta({ description: "Addresses not invited, each with the reason." }),
  mailFailures: z.array(ZMailFailure).meta({ description: "Invitations created whose e-mail could not be sent (resend them)." }),
});

export const listInvitationsRoute = defineRoute({
  method: "GET",
  path: "/invitations",
  tag,
  summary: "List the tenant's invitations",
  description: "Newest first; by default the open ones (invited and expired). Admins and Builders.",
  auth: "api_key",
  permission: "members:read",
  query: ZInvitationListQuery,
  response: ZPage(ZInvitationDto),
  handle: ({ caller, query }) => listInvitationsByCursor(caller, query),
});

export const createInvitationsRoute = defineRoute({
  method: "POST",
  path: "/invitations",
  tag,
  summary: "Invite a batch of e-mail addresses",
  description:
    "One invitation per valid address, with the tenant role, groups and workspace roles given; each gets its own single-use link by e-mail, " +
    "valid for the tenant's invitation lifetime. Invalid, repeated, member, already invited and out-of-domain addresses are reported in `refused`.",
  auth: "api_key",
  permission: createInvitations.permission,
  body: createInvitations.input,
  response: ZInviteOutcome,
  status: 201,
  handle: ({ caller, body, meta }) => inviteAndMail.execute(caller, body, meta),
});

export const resendInvitationRoute = defineRoute({
  method: "POST",
  path: "/invitations/{id}/resend",
  tag,
  summary: "Resend an invitation with a new link",
  description: "For a pending invitation, expired or not: the old link stops working and the lifetime starts again.",
  auth: "api_key",
  permission: resendAndMail.permission,
  params: ZInvitationRef,
  response: z.object({ invitation: z.object({ id: z.uuid(), email: z.string(), expiresAt: z.iso.datetime() }), mailFailures: z.array(ZMailFailure) }),
  refusals: { conflict: "The invitation was already accepted or cancelled" },
  handle: ({ caller, params, meta }) => resendAndMail.execute(caller, params, meta),
});

export const cancelInvitationRoute = defineRoute({
  method: "DELETE",
  path: "/invitations/{id}",
  tag,
  summary: "Cancel an invitation",
  description: "Its link stops working at once; the address may be invited again.",
  auth: "api_key",
  permission: cancelInvitation.permission,
  params: ZInvitationRef,
  response: null,
  status: 204,
  refusals: { conflict: "The invitation was already accepted or cancelled" },
  handle: ({ caller, params, meta }) => cancelInvitation.execute(caller, params, meta),
});
