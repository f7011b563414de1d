"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/** The one time a key's secret is shown: a read-only field, a copy button and the warning that it will not return. */
export function SecretReveal({ secret, onDone }: { secret: string; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
    } catch {
      input.current?.select();
      document.execCommand("copy");
    }
    setCopied(true);
  }
  return (
    <div className="flex flex-col gap-4">
      <p className="rounded-md bg-danger-bg px-3 py-2 text-sm text-danger">
        Copy this key now and keep it somewhere safe. It is shown only once: Gatehouse stores only a hash of it.
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor="new-api-key" className="text-sm font-medium">
          Your new API key
        </label>
        <div className="flex gap-2">
          <input
            ref={input}
            id="new-api-key"
            readOnly
            value={secret}
            onFocus={(e) => e.currentTarget.select()}
            className="flex-1 rounded-md border border-border bg-bg px-3 py-2 font-mono text-sm text-fg"
          />
          <Button type="button" variant="secondary" onClick={copy}>
            Copy
          </Button>
        </div>
        <p aria-live="polite" className="min-h-5 text-sm text-success">
          {copied ? "Copied to the clipboard." : ""}
        </p>
      </div>
      <div>
        <Button type="button" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
