import { openDatabase } from "../db/client";
import { DEPLOYMENT_CHAIN_ID } from "../lib/audit/hash-chain";
import { listChainIds, verifyChain } from "../lib/audit/verify-chain";
import { ConfigError, getConfig } from "../lib/config/config";
import { describeDatabaseError } from "../lib/server/describe-database-error";

/**
 * `npm run audit:verify`: checks every tenant's hash chain and names the first broken event of each. Exits 1 when
 * any chain is broken. With the embedded database, stop the server first (its data directory opens once).
 */
async function main(): Promise<number> {
  const config = getConfig();
  const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  let broken = 0;
  try {
    for (const chainId of await listChainIds(handle.db)) {
      const verdict = await verifyChain(handle.db, chainId === DEPLOYMENT_CHAIN_ID ? null : chainId);
      const name = chainId === DEPLOYMENT_CHAIN_ID ? "deployment" : `tenant ${chainId}`;
      if (verdict.ok) {
        console.info(`ok      ${name}: ${verdict.events} events${verdict.anchorSeq ? `, anchored after seq ${verdict.anchorSeq} by retention` : ""}`);
      } else {
        broken++;
        const event = verdict.brokenEventId > 0 ? `event id ${verdict.brokenEventId} (seq ${verdict.seq})` : `seq ${verdict.seq}`;
        console.info(`BROKEN  ${name}: ${event}: ${verdict.reason}`);
      }
    }
  } finally {
    await handle.close();
  }
  console.info(broken ? `${broken} chain(s) broken.` : "Every audit chain verifies.");
  return broken ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `audit:verify failed: ${describeDatabaseError(error)}`);
    process.exit(2);
  },
);
