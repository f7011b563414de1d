import type { TenantRole } from "@/lib/authz/permissions";
import type { DisplayFormat } from "@/lib/format/date-time";

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
  /** The tenant's date and time format, for every date this caller is shown. */
  displayFormat: DisplayFormat;
};

/** What the request says about where it came from, captured once and passed to the audit log. */
export type RequestMeta = { ip: string | null; userAgent: string | null };
