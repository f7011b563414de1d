import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "db/schema", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const STAMP = path.join(".next", "gatehouse-source-hash");

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  if (fs.statSync(entry).isDirectory()) {
    for (const child of fs.readdirSync(entry).sort()) yield* files(path.join(entry, child));
  } else {
    yield entry;
  }
}

/** A hash of everything that goes into the production build. */
export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) for (const file of files(source)) hash.update(file).update(fs.readFileSync(file));
  return hash.digest("hex");
}

export function isBuildCurrent(): boolean {
  return fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === sourceHash();
}

export function writeBuildStamp(): void {
  fs.writeFileSync(STAMP, sourceHash());
}
