import { defineConfig } from "@playwright/test";
import { E2E_DATA_DIR, E2E_FRESH_DATA_DIR, E2E_FRESH_PORT, E2E_PORT } from "./tests/e2e/support/e2e-users";

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

/** Runs against the production build (`npm run test:e2e` builds first when sources changed) in Debian's Chromium. */
export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    browserName: "chromium",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
    trace: "retain-on-failure",
  },
  webServer: [
    {
      command: "npx tsx tests/e2e/support/serve-seeded.ts",
      url: `http://localhost:${E2E_PORT}/sign-in`,
      // Private networks allowed: the streaming spec's SIEM receiver listens on localhost.
      env: { PORT: String(E2E_PORT), DATA_DIR: E2E_DATA_DIR, DATABASE_URL: process.env.DATABASE_URL ?? "", APP_URL: "", AUDIT_STREAM_ALLOW_PRIVATE_NETWORKS: "true" },
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: "npx tsx tests/e2e/support/serve-fresh.ts",
      url: `http://localhost:${E2E_FRESH_PORT}/sign-in`,
      // This server also shows an operator's own legal texts (tests/e2e/legal-texts.spec.ts); the seeded one the defaults.
      env: {
        PORT: String(E2E_FRESH_PORT),
        DATA_DIR: E2E_FRESH_DATA_DIR,
        DATABASE_URL: "",
        APP_URL: "",
        SECURITY_STATEMENT_FILE: "tests/e2e/support/security-statement.md",
        PRIVACY_POLICY_URL: "https://legal.acme.test/privacy",
      },
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
    },
  ],
});
