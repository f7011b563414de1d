import "server-only";
import { ConfigError, type AppConfig } from "@/lib/config/config";
import type { Db } from "@/lib/db";
import { createFirstTenant } from "./create-first-tenant";
import { hasAnyTenant, issueSetupToken } from "./setup-tokens";
import { ZFirstTenant } from "./validate-first-tenant";

const BOOTSTRAP_VARIABLE: Record<string, string> = {
  tenantName: "BOOTSTRAP_TENANT_NAME",
  email: "BOOTSTRAP_ADMIN_EMAIL",
  password: "BOOTSTRAP_ADMIN_PASSWORD",
  username: "BOOTSTRAP_ADMIN_USERNAME",
  name: "BOOTSTRAP_ADMIN_NAME",
};

/**
 * On a deployment without a tenant: create it from BOOTSTRAP_* when set (automated installs), else print a one-time
 * setup link. Does nothing once a tenant exists.
 */
export async function runFirstRun(db: Db, config: AppConfig, log: (line: string) => void): Promise<void> {
  if (await hasAnyTenant(db)) return;
  if (config.bootstrap) {
    const { email, password, tenantName } = config.bootstrap;
    const parsed = ZFirstTenant.safeParse({
      tenantName,
      email,
      password,
      username: config.bootstrap.username ?? email.split("@")[0]!.toLowerCase().replace(/[^a-z0-9-]/g, "-").slice(0, 39).padEnd(3, "0"),
      name: config.bootstrap.name ?? "Administrator",
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ConfigError(BOOTSTRAP_VARIABLE[String(issue.path[0])] ?? "BOOTSTRAP_ADMIN_EMAIL", issue.message);
    }
    await createFirstTenant(db, parsed.data, { ip: null, userAgent: "bootstrap" }, { kind: "environment" });
    log(`[gatehouse] Created tenant "${tenantName}" with Admin ${email} from BOOTSTRAP_* variables.`);
    return;
  }
  const token = await issueSetupToken(db);
  if (token) {
    log(`[gatehouse] First run: open ${config.appUrl}/setup?token=${token} to create the first tenant and its Admin (the link works once).`);
  }
}
