import "server-only";
import { and, count, desc, eq, gt, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { invitations } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import { decodeCursor, toPage, ZPageQuery, type Page as CursorPage } from "@/lib/api/pagination";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { offsetOf, PAGE_SIZE, type Page } from "@/lib/pagination/page";
import { toInvitationDto, type InvitationDto } from "./invitation-dto";

export const INVITATION_FILTERS = ["open", "invited", "expired", "accepted", "cancelled", "all"] as const;
export type InvitationFilter = (typeof INVITATION_FILTERS)[number];
export const ZInvitationFilter = z.enum(INVITATION_FILTERS, "Filter by open, invited, expired, accepted, cancelled or all.").default("open");

const columns = {
  id: invitations.id,
  email: invitations.email,
  role: invitations.role,
  status: invitations.status,
  invitedByLabel: invitations.invitedByLabel,
  sentAt: invitations.sentAt,
  expiresAt: invitations.expiresAt,
  resentCount: invitations.resentCount,
  createdAt: invitations.createdAt,
};

/** "open" (the default) is what still needs someone: pending invitations, expired ones included. */
function filterWhere(filter: InvitationFilter): SQL | undefined {
  const pending = eq(invitations.status, "pending");
  switch (filter) {
    case "open":
      return pending;
    case "invited":
      return and(pending, gt(invitations.expiresAt, sql`now()`));
    case "expired":
      return and(pending, lte(invitations.expiresAt, sql`now()`));
    case "accepted":
    case "cancelled":
      return eq(invitations.status, filter);
    case "all":
      return undefined;
  }
}

function authorize(caller: Caller) {
  if (!callerHas(caller, "members:read")) throw refuse.forbidden();
}

/** A page of the tenant's invitations for the console (Admin; Builder reads), newest first. */
export async function listInvitations(caller: Caller, options: { page: number; filter: InvitationFilter }): Promise<Page<InvitationDto>> {
  authorize(caller);
  const where = and(eq(invitations.tenantId, caller.tenantId), filterWhere(options.filter));
  const [rows, [total]] = await Promise.all([
    getDb().select(columns).from(invitations).where(where).orderBy(desc(invitations.createdAt), desc(invitations.id)).limit(PAGE_SIZE).offset(offsetOf(options.page)),
    getDb().select({ n: count() }).from(invitations).where(where),
  ]);
  const now = new Date();
  return { items: rows.map((r) => toInvitationDto(r, now)), total: total?.n ?? 0, page: options.page, pageSize: PAGE_SIZE };
}

export const ZInvitationListQuery = ZPageQuery.extend({ status: ZInvitationFilter.meta({ description: "open (default: invited and expired), invited, expired, accepted, cancelled or all." }) });
const ZCursor = z.tuple([z.iso.datetime(), z.uuid()]);

/** The API's list: cursor pages by (created_at, id), newest first. */
export async function listInvitationsByCursor(caller: Caller, query: unknown): Promise<CursorPage<InvitationDto>> {
  authorize(caller);
  const { limit, cursor, status } = parseInput(ZInvitationListQuery, query);
  const position = decodeCursor(cursor, ZCursor);
  const after = position ? sql`(${invitations.createdAt}, ${invitations.id}) < (${position[0]}::timestamptz, ${position[1]}::uuid)` : undefined;
  const rows = await getDb()
    .select(columns)
    .from(invitations)
    .where(and(eq(invitations.tenantId, caller.tenantId), filterWhere(status), after))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(limit + 1);
  const now = new Date();
  return toPage(rows, limit, (r) => toInvitationDto(r, now), (r) => [r.createdAt.toISOString(), r.id]);
}
