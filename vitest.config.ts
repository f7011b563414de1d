import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const alias = {
  "@": root,
  "server-only": path.join(root, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/support/global-setup.ts"],
          setupFiles: ["tests/integration/support/open-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { DATA_DIR: path.join(os.tmpdir(), "gatehouse-integration"), AUDIT_STREAM_ALLOW_PRIVATE_NETWORKS: "true" },
        },
      },
    ],
  },
});
