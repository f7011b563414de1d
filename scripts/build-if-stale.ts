import { spawnSync } from "node:child_process";
import { isBuildCurrent, writeBuildStamp } from "./build-stamp";

/** Runs `next build` when there is no production build of the current sources; exits the process if it fails. */
export function buildIfStale(): void {
  if (isBuildCurrent()) return;
  console.info("[gatehouse] Building the console (first start or changed sources)…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeBuildStamp();
}

if (process.argv[1]?.endsWith("build-if-stale.ts")) buildIfStale();
