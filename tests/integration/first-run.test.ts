import { asc, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditEvents, memberships, setupTokens, tenants, users } from "@/db/schema";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import { parseConfig } from "@/lib/config/config";
import type { Db } from "@/lib/db";
import { createFirstTenant } from "@/lib/setup/create-first-tenant";
import { runFirstRun } from "@/lib/setup/first-run";
import { isSetupTokenValid } from "@/lib/setup/setup-tokens";
import { META } from "./support/fixtures";
import { freshDeployment } from "./support/fresh-deployment";

const admin = { tenantName: "Acme Corp", name: "Ada Admin", email: "ada@acme.test", username: "ada", password: "a-long-enough-passphrase" };

describe("first run on an empty deployment", () => {
  let deployment: Awaited<ReturnType<typeof freshDeployment>>;
  const getDb = (): Db => deployment.db;
  beforeEach(async () => {
    deployment = await freshDeployment();
  });
  afterEach(() => deployment.dispose());

  it("prints a one-time link; setup with it creates the tenant and Admin, audits it, and the link dies", async () => {
    const lines: string[] = [];
    await runFirstRun(getDb(), parseConfig({ APP_URL: "https://gatehouse.example.com" }), (l) => lines.push(l));
    expect(lines).toHaveLength(1);
    const token = /\/setup\?token=([\w-]+)/.exec(lines[0]!)?.[1];
    expect(lines[0]).toContain("https://gatehouse.example.com/setup?token=");
    expect(token).toHaveLength(43);
    expect(await isSetupTokenValid(getDb(), token!)).toBe(true);

    const { tenantId, userId } = await createFirstTenant(getDb(), admin, META, { kind: "setup_link", token: token! });
    expect(await getDb().select().from(memberships).where(eq(memberships.userId, userId))).toMatchObject([{ tenantId, role: "admin", status: "active" }]);
    expect((await getDb().select().from(auditEvents).where(eq(auditEvents.tenantId, tenantId)).orderBy(asc(auditEvents.seq))).map((e) => e.action)).toEqual(["tenant.created", "setup.completed", "workspace.created"]);
    expect(await getDb().select().from(setupTokens)).toHaveLength(0);
    expect(await isSetupTokenValid(getDb(), token!)).toBe(false);
    await expect(createFirstTenant(getDb(), { ...admin, email: "eve@evil.test", username: "eve" }, META, { kind: "setup_link", token: token! })).rejects.toThrow(
      "Gatehouse is already set up",
    );
    expect(await authenticatePassword(getDb(), { identifier: "ada", password: admin.password }, META)).toMatchObject({ ok: true, tenantId });

    const later: string[] = [];
    await runFirstRun(getDb(), parseConfig({}), (l) => later.push(l));
    expect(later).toEqual([]);
  });

  it("refuses a wrong setup token and creates nothing", async () => {
    await runFirstRun(getDb(), parseConfig({}), () => {});
    await expect(createFirstTenant(getDb(), admin, META, { kind: "setup_link", token: "guessed" })).rejects.toThrow("This setup link is not valid");
    expect(await getDb().select().from(tenants)).toHaveLength(0);
    expect(await getDb().select().from(users)).toHaveLength(0);
  });

  it("creates the tenant headlessly from BOOTSTRAP_* and prints no link", async () => {
    const lines: string[] = [];
    const config = parseConfig({ BOOTSTRAP_ADMIN_EMAIL: "Root@Acme.test", BOOTSTRAP_ADMIN_PASSWORD: admin.password, BOOTSTRAP_TENANT_NAME: "Acme" });
    await runFirstRun(getDb(), config, (l) => lines.push(l));
    expect(lines).toEqual(['[gatehouse] Created tenant "Acme" with Admin Root@Acme.test from BOOTSTRAP_* variables.']);
    expect(await getDb().select({ email: users.email, username: users.username }).from(users)).toEqual([{ email: "root@acme.test", username: "root" }]);
    expect(await getDb().select().from(setupTokens)).toHaveLength(0);
  });

  it("stops on a weak BOOTSTRAP_ADMIN_PASSWORD, naming the variable", async () => {
    const config = parseConfig({ BOOTSTRAP_ADMIN_EMAIL: "root@acme.test", BOOTSTRAP_ADMIN_PASSWORD: "short", BOOTSTRAP_TENANT_NAME: "Acme" });
    await expect(runFirstRun(getDb(), config, () => {})).rejects.toThrow("Configuration error: BOOTSTRAP_ADMIN_PASSWORD Use at least 12 characters.");
    expect(await getDb().select().from(tenants)).toHaveLength(0);
  });
});
