import { createServer, type IncomingMessage, type Server } from "node:http";
import type { Socket } from "node:net";

export type ReceivedRequest = { path: string; headers: IncomingMessage["headers"]; body: string };

/**
 * A local stand-in for a SIEM: records every request; `stop()` makes the port refuse connections (a dead SIEM),
 * `start()` brings it back on the same port, `hang = true` accepts requests and never answers (a slow SIEM).
 */
export class SiemReceiver {
  readonly requests: ReceivedRequest[] = [];
  status = 200;
  responseBody = "{}";
  hang = false;
  private server: Server | undefined;
  private sockets = new Set<Socket>();
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => (body += chunk));
      req.on("end", () => {
        if (this.hang) return;
        this.requests.push({ path: req.url ?? "/", headers: req.headers, body });
        res.writeHead(this.status, { "content-type": "application/json" }).end(this.responseBody);
      });
    });
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  /** The events of webhook deliveries (`{ events: [...] }` bodies), in arrival order. */
  webhookEvents(): { idempotencyKey: string; action: string }[] {
    return this.requests.flatMap((r) => (JSON.parse(r.body) as { events?: { idempotencyKey: string; action: string }[] }).events ?? []);
  }
}
