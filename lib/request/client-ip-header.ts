/**
 * Set by server.ts on every request from the socket address (or, with TRUST_PROXY, from the proxy's
 * X-Forwarded-For), overwriting whatever the client sent; the app reads the client's IP from here only.
 */
export const CLIENT_IP_HEADER = "x-gatehouse-client-ip";
