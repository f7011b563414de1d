import "server-only";
import { refuse } from "@/lib/action/errors";
import { getConfig } from "@/lib/config/config";
import { isPrivateHost } from "@/lib/net/private-address";

/** Refuses a loopback or private host unless the operator allowed private networks (the lookup guard covers names). */
export function checkDestinationUrl(url: string): void {
  if (!getConfig().auditStreamAllowPrivateNetworks && isPrivateHost(new URL(url).hostname)) {
    throw refuse.invalid({ url: ["This address is on a private network. The operator can allow private networks (AUDIT_STREAM_ALLOW_PRIVATE_NETWORKS)."] });
  }
}
