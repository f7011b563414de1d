import { eq } from "drizzle-orm";
import { auditStreamDestinations, tenantSettings, tenants } from "@/db/schema";
import { createStreamDestination } from "@/lib/audit/stream/create-stream-destination";
import { getDb } from "@/lib/db";
import { META, type seedTenant } from "./fixtures";

export type SeededTenant = Awaited<ReturnType<typeof seedTenant>>;

/**
 * For every action the factory builds (keyed "<file under lib/>#<export>"): a valid input for a fresh tenant seeded
 * with one Admin, and a read of what the action changes. The audit-coverage test runs each action twice — once with
 * a failure injected after its audit write, once for real — so a new action without an entry here fails that test.
 */
export type ActionFixture = {
  input: (tenant: SeededTenant) => Promise<Record<string, unknown>>;
  state: (tenant: SeededTenant) => Promise<unknown>;
  /** Events one run records (default 1). */
  events?: number;
};

const admin = (t: SeededTenant) => t.members[0]!.caller;
const destinations = (t: SeededTenant) => getDb().select().from(auditStreamDestinations).where(eq(auditStreamDestinations.tenantId, t.tenantId));
const seedDestination = async (t: SeededTenant) =>
  (await createStreamDestination.execute(admin(t), { kind: "webhook", name: "Hook", url: "https://siem.example.test/hook", secret: "signing-secret-1" }, META)).id;

export const ACTION_FIXTURES: Record<string, ActionFixture> = {
  "tenants/update-general-settings.ts#updateGeneralSettings": {
    input: async () => ({ name: "Renamed by coverage" }),
    state: async (t) => (await getDb().select({ name: tenants.name }).from(tenants).where(eq(tenants.id, t.tenantId)))[0],
  },
  "audit/retention/update-audit-retention.ts#updateAuditRetention": {
    input: async () => ({ retentionDays: 7 }),
    state: async (t) => (await getDb().select({ d: tenantSettings.auditRetentionDays }).from(tenantSettings).where(eq(tenantSettings.tenantId, t.tenantId)))[0],
  },
  "audit/stream/create-stream-destination.ts#createStreamDestination": {
    input: async () => ({ kind: "splunk_hec", name: "Splunk", url: "https://splunk.example.test", secret: "hec-token-123" }),
    state: destinations,
  },
  "audit/stream/update-stream-destination.ts#updateStreamDestination": {
    input: async (t) => ({ id: await seedDestination(t), name: "Renamed hook", url: "https://siem.example.test/other", secret: "", enabled: "on" }),
    state: async (t) => (await destinations(t)).map(({ name, url }) => ({ name, url })),
  },
  "audit/stream/delete-stream-destination.ts#deleteStreamDestination": {
    input: async (t) => ({ id: await seedDestination(t) }),
    state: async (t) => (await destinations(t)).map((d) => d.id),
  },
};
