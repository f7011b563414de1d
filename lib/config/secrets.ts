import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getConfig } from "./config";

type Secrets = { authSecret: string; encryptionKey: string };

const SECRETS_FILE = "secrets.json";

function readOrCreateGenerated(dataDir: string): Secrets {
  const file = path.join(dataDir, SECRETS_FILE);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as Secrets;
  fs.mkdirSync(dataDir, { recursive: true });
  const generated: Secrets = {
    authSecret: randomBytes(32).toString("base64url"),
    encryptionKey: randomBytes(32).toString("base64url"),
  };
  // "wx" fails if a concurrent first start wrote the file first; then we read theirs.
  try {
    fs.writeFileSync(file, JSON.stringify(generated), { mode: 0o600, flag: "wx" });
    return generated;
  } catch {
    return JSON.parse(fs.readFileSync(file, "utf8")) as Secrets;
  }
}

let cached: Secrets | undefined;

/** AUTH_SECRET and ENCRYPTION_KEY from the environment, else generated once into DATA_DIR. */
export function getSecrets(): Secrets {
  if (cached) return cached;
  const config = getConfig();
  if (config.authSecret && config.encryptionKey) {
    cached = { authSecret: config.authSecret, encryptionKey: config.encryptionKey };
  } else {
    const generated = readOrCreateGenerated(config.dataDir);
    cached = {
      authSecret: config.authSecret ?? generated.authSecret,
      encryptionKey: config.encryptionKey ?? generated.encryptionKey,
    };
  }
  return cached;
}
