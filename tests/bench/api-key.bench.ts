import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { buildIfStale } from "../../scripts/build-if-stale";

/**
 * GET /api/v1/me with an API key (key check, owner and role lookup, rate-limit count, JSON) against GET /api/v1/health
 * (a route handler that does nothing) on the same production server in the same run, over loopback. Target: the
 * key path serves at least 70 % of the empty handler's requests per second.
 */
const PORT = Number(process.env.BENCH_PORT ?? 3150);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 16;
const base = `http://localhost:${PORT}`;

buildIfStale();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gatehouse-bench-"));
const server = spawn("npx", ["tsx", "tests/bench/support/serve-with-key.ts"], {
  env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, APP_URL: "", API_RATE_LIMIT_PER_MINUTE: "1000000000" },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
const stopServer = () => {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
};

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the benchmark server did not start within 2 minutes");
}

type Figures = { rps: number; p99: number; non2xx: number };

async function load(pathname: string, headers: Record<string, string>, seconds: number): Promise<Figures> {
  const result = await autocannon({ url: `${base}${pathname}`, headers, connections: CONNECTIONS, duration: seconds });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx + result.errors };
}

try {
  await waitForServer();
  const key = fs.readFileSync(path.join(dataDir, "bench-key.txt"), "utf8");
  const withKey = { Authorization: `Bearer ${key}` };
  const check = await fetch(`${base}/api/v1/me`, { headers: withKey });
  if (check.status !== 200) throw new Error(`GET /api/v1/me answered ${check.status}`);
  console.log(`database: ${process.env.DATABASE_URL ? "Postgres" : "embedded PGlite"}; ${CONNECTIONS} connections, ${SECONDS} s per run, loopback`);

  await load("/api/v1/health", {}, 2);
  await load("/api/v1/me", withKey, 2);
  const runs: { empty: Figures[]; key: Figures[] } = { empty: [], key: [] };
  for (let round = 0; round < 2; round++) {
    runs.empty.push(await load("/api/v1/health", {}, SECONDS));
    runs.key.push(await load("/api/v1/me", withKey, SECONDS));
  }
  const summary = (label: string, figures: Figures[]) => {
    const rps = figures.reduce((sum, f) => sum + f.rps, 0) / figures.length;
    const p99 = Math.max(...figures.map((f) => f.p99));
    const failed = figures.reduce((sum, f) => sum + f.non2xx, 0);
    console.log(`${label.padEnd(32)} ${rps.toFixed(0).padStart(6)} req/s   p99 ${p99.toFixed(0).padStart(4)} ms   non-2xx ${failed}`);
    return { rps, failed };
  };
  const empty = summary("GET /api/v1/health (empty)", runs.empty);
  const keyed = summary("GET /api/v1/me (API key)", runs.key);
  const ratio = keyed.rps / empty.rps;
  console.log(`key path / empty handler: ${(ratio * 100).toFixed(0)} % (target ≥ 70 %)`);
  if (empty.failed || keyed.failed) throw new Error("some requests failed");
} finally {
  stopServer();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
