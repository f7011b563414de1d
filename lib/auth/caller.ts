import type { TenantRole } from "@/lib/authz/permissions";
import type { DisplayFormat } from "@/lib/format/date-time";

export type ApiKeyScope = "read" | "write";

type CallerBase = {
  userId: string;
  email: string;
  username: string;
  name: string;
  tenantId: string;
  tenantName: string;
  /** Re-read from the membership on every request, so a role change or deactivation counts at once. */
  role: TenantRole;
  /** The tenant's date and time format, for every date this caller is shown. */
  displayFormat: DisplayFormat;
};

/** A signed-in person, resolved from the session cookie. */
export type SessionCaller = CallerBase & { kind: "user"; sessionIdHash: string };

/**
 * A request to /api/v1 authenticated by an API key: it acts as the key's owner (the user fields are the owner's),
 * limited to the key's scope (see callerHas).
 */
export type ApiKeyCaller = CallerBase & { kind: "api_key"; apiKey: { id: string; name: string; scope: ApiKeyScope } };

/** Who is calling, resolved on the server from a session or an API key; never from input. */
export type Caller = SessionCaller | ApiKeyCaller;

/** What the request says about where it came from, captured once and passed to the audit log. */
export type RequestMeta = { ip: string | null; userAgent: string | null };
