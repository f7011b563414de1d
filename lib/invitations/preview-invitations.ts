import "server-only";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { ZInviteBatch } from "@/lib/validation/invitations";
import { classifyAddresses, type ClassifiedAddresses } from "./classify-addresses";
import { checkGrants } from "./grants";

/** What "Send" would do with this batch, changing nothing: the addresses that would be invited and why the others not. */
export async function previewInvitations(caller: Caller, raw: unknown): Promise<ClassifiedAddresses> {
  if (!callerHas(caller, "members:invite")) throw refuse.forbidden();
  const input = parseInput(ZInviteBatch, raw);
  await checkGrants(getDb(), caller, input);
  return classifyAddresses(getDb(), caller.tenantId, input.emails);
}
