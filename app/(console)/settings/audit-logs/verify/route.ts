import { getCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { verifyTenantChain } from "@/lib/audit/verify-tenant-chain";

/** GET /settings/audit-logs/verify: the tenant's tamper check as JSON (what the Admin's button shows). */
export async function GET(): Promise<Response> {
  const caller = await getCaller();
  if (!caller || !callerHas(caller, "audit:read")) return new Response("Not found", { status: 404 });
  return Response.json(await verifyTenantChain(caller), { headers: { "cache-control": "no-store" } });
}
