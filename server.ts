import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { getConfig } from "./lib/config/config";
import { CLIENT_IP_HEADER } from "./lib/request/client-ip-header";

/**
 * A thin HTTP server around Next.js. Its one job beyond `next start`: the client IP the app sees (for throttling and
 * the audit log) comes from the socket, or with TRUST_PROXY from the proxy's X-Forwarded-For, never from a header a
 * client could forge on a direct connection.
 */
function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const socketIp = (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
  if (!trustProxy) return socketIp;
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // The nearest (trusted) proxy appends the address it saw last.
  return forwarded.at(-1) ?? socketIp;
}

export async function serve(options: { dev: boolean }): Promise<void> {
  const config = getConfig();
  const app = next({ dev: options.dev, dir: process.cwd(), hostname: "localhost", port: config.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    req.headers[CLIENT_IP_HEADER] = clientIp(req, config.trustProxy);
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
