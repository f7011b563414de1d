import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** `npm run bench`: runs every tests/bench/*.bench.ts in its own process (or only those named on the command line). */
const dir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv.slice(2);
const benches = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();

let failed = 0;
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", path.join(dir, bench)], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
