import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Runs `npm start`'s script with one bad variable; it must stop before building or serving, with one clear line. */
function start(env: Record<string, string>) {
  const result = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    env: { NODE_ENV: "production", PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: path.join(os.tmpdir(), "gatehouse-bad-config"), PORT: "3999", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

describe("start-up configuration", () => {
  it.each([
    [{ DATABASE_URL: "mysql://root@localhost/db" }, "Configuration error: DATABASE_URL must be a postgres://user@host:port/database URL"],
    [{ DATABASE_URL: "not a url" }, "Configuration error: DATABASE_URL must be a postgres://user@host:port/database URL"],
    [{ APP_URL: "gatehouse.example.com" }, "Configuration error: APP_URL must be an http(s) origin such as https://gatehouse.example.com (no path)"],
    [{ APP_URL: "https://example.com/console" }, "Configuration error: APP_URL must be an http(s) origin such as https://gatehouse.example.com (no path)"],
    [{ SMTP_URL: "http://mail" }, "Configuration error: SMTP_URL must be an smtp:// or smtps:// URL"],
    [{ AUTH_SECRET: "short" }, "Configuration error: AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)"],
    [{ BOOTSTRAP_ADMIN_EMAIL: "root@acme.test" }, "Configuration error: BOOTSTRAP_ADMIN_PASSWORD must be set together with the other BOOTSTRAP_* variables"],
  ])("%o stops with one line", (env, line) => {
    const { status, stderr, stdout } = start(env);
    expect(status).toBe(1);
    expect(stderr).toBe(line);
    expect(stdout).not.toContain("Building");
  });

  it("an unreachable database stops start-up with one line that hides the URL's password", () => {
    const { status, stderr } = start({ DATABASE_URL: "postgres://gatehouse:s3cret@127.0.0.1:1/gatehouse" });
    expect(status).toBe(1);
    expect(stderr).toBe("Configuration error: DATABASE_URL cannot connect: the database server refused the connection");
    expect(stderr).not.toContain("s3cret");
  });
});
