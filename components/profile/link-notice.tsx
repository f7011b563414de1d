"use client";

import { useSearchParams } from "next/navigation";
import { linkMessage } from "@/lib/social/social-messages";
import { isSocialProvider, SOCIAL_PROVIDER_LABELS } from "@/lib/social/social-providers";

/** The outcome of a "Connect" round trip, which comes back from the provider as a query parameter. */
export function LinkNotice() {
  const params = useSearchParams();
  const linked = params.get("linked");
  const error = linkMessage(params.get("link_error") ?? undefined);
  if (isSocialProvider(linked)) {
    return (
      <p role="status" className="mb-3 rounded-md bg-success-bg px-3 py-2 text-sm text-success">
        {SOCIAL_PROVIDER_LABELS[linked]} account linked.
      </p>
    );
  }
  return error ? (
    <p role="alert" className="mb-3 rounded-md bg-danger-bg px-3 py-2 text-sm text-danger">
      {error}
    </p>
  ) : null;
}
