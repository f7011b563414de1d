import { createServer } from "node:http";
import next from "next";
import { getConfig } from "./lib/config/config";
import { clientIp } from "./lib/request/client-ip";
import { CLIENT_IP_HEADER } from "./lib/request/client-ip-header";

/**
 * A thin HTTP server around Next.js. Its one job beyond `next start`: the client IP the app sees (for throttling and
 * the audit log) is set here from the connection, so a client cannot forge it with X-Forwarded-For.
 */
export async function serve(options: { dev: boolean }): Promise<void> {
  const config = getConfig();
  const app = next({ dev: options.dev, dir: process.cwd(), hostname: "localhost", port: config.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    req.headers[CLIENT_IP_HEADER] = clientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], config.trustProxy);
    void handle(req, res);
  });
  server.listen(config.port, () => console.info(`[gatehouse] Listening on port ${config.port}`));
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

if (process.argv[1]?.endsWith("server.ts")) {
  void serve({ dev: process.argv.includes("--dev") });
}
