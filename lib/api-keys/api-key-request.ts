import "server-only";
import { sql } from "drizzle-orm";
import type { ApiKeyScope } from "@/lib/auth/caller";
import type { TenantRole } from "@/lib/authz/permissions";
import type { Db } from "@/lib/db";
import type { DateFormat, TimeFormat } from "@/lib/format/date-time";

const column = <T>(name: string) => sql<T>`${sql.raw(name)}`;

/** The columns api_key_request (migrations 0010, 0014) answers: the key, its tenant, its owner and the counted request. */
const keyRequestColumns = {
  id: column<string>("id"),
  name: column<string>("name"),
  scope: column<ApiKeyScope>("scope"),
  tenantId: column<string>("tenant_id"),
  tenantName: column<string>("tenant_name"),
  dateFormat: column<DateFormat>("date_format"),
  timeFormat: column<TimeFormat>("time_format"),
  authorizedDomains: column<string[]>("authorized_domains"),
  userId: column<string | null>("user_id"),
  email: column<string | null>("email"),
  username: column<string | null>("username"),
  userName: column<string | null>("user_name"),
  role: column<TenantRole | null>("role"),
  status: column<"active" | "inactive" | null>("status"),
  serviceAccount: column<boolean>("service_account"),
  expired: column<boolean>("expired"),
  useDue: column<boolean>("use_due"),
  requests: column<number>("requests"),
};

function prepareKeyRequest(db: Db) {
  return db
    .select(keyRequestColumns)
    .from(
      sql`api_key_request(${sql.placeholder("secretHash")}, ${sql.placeholder("now")}::timestamptz, ${sql.placeholder("useDueBefore")}::timestamptz, ${sql.placeholder("bucketPrefix")}, ${sql.placeholder("windowStart")}::timestamptz)`,
    )
    .prepare("api_key_request");
}

type KeyRequestStatement = ReturnType<typeof prepareKeyRequest>;
export type KeyRequestRow = Awaited<ReturnType<KeyRequestStatement["execute"]>>[number];
export type KeyRequestInput = { secretHash: string; now: Date; useDueBefore: Date; bucketPrefix: string; windowStart: Date };

// A named statement is parsed and described once per connection instead of on every request: the API's hot path.
const statements = new WeakMap<Db, KeyRequestStatement>();

/** One round trip: the key found by its SHA-256, its owner's current membership, and the request counted in its window. */
export async function keyRequest(db: Db, input: KeyRequestInput): Promise<KeyRequestRow | undefined> {
  let statement = statements.get(db);
  if (!statement) {
    statement = prepareKeyRequest(db);
    statements.set(db, statement);
  }
  const [row] = await statement.execute({
    secretHash: input.secretHash,
    now: input.now.toISOString(),
    useDueBefore: input.useDueBefore.toISOString(),
    bucketPrefix: input.bucketPrefix,
    windowStart: input.windowStart.toISOString(),
  });
  return row;
}
