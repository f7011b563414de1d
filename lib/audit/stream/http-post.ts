import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isPrivateAddress, isPrivateHost } from "@/lib/net/private-address";

export type HttpResult = { status: number; body: string };
export type PostOptions = { timeoutMs: number; allowPrivateNetworks: boolean };

const MAX_RESPONSE = 64 * 1024;

/** Resolves like the default lookup, but refuses private addresses at connect time (no DNS-rebinding way round). */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 4);
    const list = addresses as LookupAddress[];
    const refused = list.find((a) => isPrivateAddress(a.address));
    if (refused) return callback(Object.assign(new Error(`${hostname} resolves to a private address`), { code: "EPRIVATE" }), "", 4);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
};

/**
 * POSTs a body and reads at most 64 KiB of the answer, within a hard deadline. Plain node:http rather than fetch so
 * the address check runs on the resolved IP of the very connection that is made.
 */
export function httpPost(url: string, body: string, headers: Record<string, string>, options: PostOptions): Promise<HttpResult> {
  const target = new URL(url);
  if (!options.allowPrivateNetworks && isPrivateHost(target.hostname)) {
    return Promise.reject(new Error(`${target.hostname} is a private address`));
  }
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: "POST",
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
        lookup: options.allowPrivateNetworks ? undefined : publicOnlyLookup,
        timeout: options.timeoutMs,
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (text.length < MAX_RESPONSE) text += chunk.slice(0, MAX_RESPONSE - text.length);
        });
        response.on("end", () => {
          clearTimeout(deadline);
          resolve({ status: response.statusCode ?? 0, body: text });
        });
        response.on("error", reject);
      },
    );
    const deadline = setTimeout(() => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    request.on("timeout", () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on("error", (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    request.end(body);
  });
}
