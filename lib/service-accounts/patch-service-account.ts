import "server-only";
import { z } from "zod";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import type { Caller, RequestMeta } from "@/lib/auth/caller";
import { ZServiceAccountDescription, ZServiceAccountName, ZTenantRoleChoice } from "@/lib/validation/members";
import { getServiceAccount } from "./get-service-account";
import type { ServiceAccountDetail } from "./service-account-dto";
import { setServiceAccountStatus } from "./service-account-status";
import { updateServiceAccount } from "./update-service-account";

export const ZPatchServiceAccount = z.object({
  name: ZServiceAccountName.optional(),
  description: ZServiceAccountDescription.optional(),
  role: ZTenantRoleChoice.optional(),
  status: z.enum(["active", "inactive"], "Choose active or inactive.").optional(),
});

/** The API's PATCH: fields left out keep their value; the body is validated whole before anything changes. */
export async function patchServiceAccount(caller: Caller, id: string, body: unknown, meta: RequestMeta): Promise<ServiceAccountDetail> {
  const patch = parseInput(ZPatchServiceAccount, body);
  const before = await getServiceAccount(caller, id);
  if (!before) throw refuse.notFound("The service account");
  const fields = { name: patch.name ?? before.name, description: patch.description ?? before.description, role: patch.role ?? before.role };
  if (fields.name !== before.name || fields.description !== before.description || fields.role !== before.role) {
    await updateServiceAccount.execute(caller, { id, ...fields }, meta);
  }
  if (patch.status && patch.status !== before.status) await setServiceAccountStatus.execute(caller, { id, status: patch.status }, meta);
  return (await getServiceAccount(caller, id))!;
}
