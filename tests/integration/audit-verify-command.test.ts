import { spawnSync } from "node:child_process";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { auditEvents, tenants } from "@/db/schema";
import { record } from "@/lib/audit/record";
import { freshDeployment, type FreshDeployment } from "./support/fresh-deployment";

function auditVerify(env: Record<string, string>) {
  const run = spawnSync("npm", ["run", "--silent", "audit:verify"], { env: { ...process.env, ...env }, encoding: "utf8", timeout: 120_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("npm run audit:verify", () => {
  let deployment: FreshDeployment;
  let tenantId: string;
  let target: { id: number; seq: number };

  beforeAll(async () => {
    deployment = await freshDeployment({ onDisk: true });
    const db = deployment.db;
    const [tenant] = await db.insert(tenants).values({ name: "Verify Corp" }).returning();
    tenantId = tenant!.id;
    for (let i = 0; i < 4; i++) {
      await db.transaction((tx) =>
        record(tx, { tenantId, actor: { type: "system", label: "test" }, ip: null, userAgent: null }, {
          action: "settings.general.updated",
          details: { before: { name: `n${i}` }, after: { name: `n${i + 1}` } },
        }),
      );
    }
    const events = await db.select().from(auditEvents).where(eq(auditEvents.tenantId, tenantId)).orderBy(asc(auditEvents.seq));
    target = { id: events[1]!.id, seq: events[1]!.seq };
    if (deployment.driver === "pglite") await deployment.close();
  });

  afterAll(async () => {
    await deployment.dispose();
  });

  it("passes an intact deployment, then names the one event whose details were edited in the database", async () => {
    const intact = auditVerify(deployment.env);
    expect(intact.output).toContain(`ok      tenant ${tenantId}: 4 events`);
    expect(intact.output).toContain("Every audit chain verifies.");
    expect(intact.status).toBe(0);

    const edit = deployment.driver === "pglite" ? openDatabase({ dataDir: deployment.env.DATA_DIR! }) : deployment;
    await edit.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update audit_events set details = '{"before":{"name":"n1"},"after":{"name":"forged"}}' where id = ${target.id}`);
    });
    if (edit.driver === "pglite") await edit.close();

    const broken = auditVerify(deployment.env);
    expect(broken.output).toContain(`BROKEN  tenant ${tenantId}: event id ${target.id} (seq ${target.seq}): content does not match its hash`);
    expect(broken.status).toBe(1);
  });
});

