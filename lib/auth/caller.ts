import type { TenantRole } from "@/lib/authz/permissions";

/** Who is calling, resolved on the server from a session (later also from an API key); never from input. */
export type Caller = {
  kind: "user";
  userId: string;
  email: string;
  username: string;
  name: string;
  tenantId: string;
  tenantName: string;
  role: TenantRole;
  sessionIdHash: string;
};

/** What the request says about where it came from, captured once and passed to the audit log. */
export type RequestMeta = { ip: string | null; userAgent: string | null };
