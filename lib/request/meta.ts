import "server-only";
import { headers } from "next/headers";
import type { RequestMeta } from "@/lib/auth/caller";
import { CLIENT_IP_HEADER } from "./client-ip-header";

export function requestMetaFrom(h: Headers): RequestMeta {
  return {
    ip: h.get(CLIENT_IP_HEADER),
    userAgent: h.get("user-agent")?.slice(0, 512) ?? null,
  };
}

export async function currentRequestMeta(): Promise<RequestMeta> {
  return requestMetaFrom(await headers());
}
