import fs from "node:fs";
import path from "node:path";
import { migrateDatabase } from "@/db/migrate";
import { getConfig } from "@/lib/config/config";
import { serve } from "../../../server";

/** A brand-new embedded deployment for the first-run spec; the server's log is mirrored to a file the spec reads. */
const config = getConfig();
fs.rmSync(config.dataDir, { recursive: true, force: true });
fs.mkdirSync(config.dataDir, { recursive: true });
const logFile = path.join(config.dataDir, "server.log");
const info = console.info.bind(console);
console.info = (...args: unknown[]) => {
  fs.appendFileSync(logFile, `${args.join(" ")}\n`);
  info(...args);
};
await migrateDatabase({ dataDir: config.dataDir });
await serve({ dev: false });
