/**
 * The client's address: the socket's, or with TRUST_PROXY the one the nearest proxy appended to X-Forwarded-For.
 * A client on a direct connection can put anything in that header, so it is ignored unless a proxy is trusted.
 */
export function clientIp(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: boolean): string {
  const socketIp = (socketAddress ?? "").replace(/^::ffff:/, "");
  if (!trustProxy) return socketIp;
  const hops = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return hops.at(-1) ?? socketIp;
}
