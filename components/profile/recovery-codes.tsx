"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The one time recovery codes are shown: a list, Copy and Download (.txt). Only their hashes are kept. */
export function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  const [copied, setCopied] = useState(false);
  const text = `Gatehouse recovery codes (each works once)\n\n${codes.join("\n")}\n`;
  async function copy() {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  }
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
  return (
    <div className="flex flex-col gap-3">
      <p className="rounded-md bg-danger-bg px-3 py-2 text-sm text-danger">
        Save these recovery codes now: they are shown only once. Each one signs you in once if you lose your authenticator.
      </p>
      <ul data-testid="recovery-codes" aria-label="Recovery codes" className="grid grid-cols-2 gap-1 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex gap-2">
        <Button type="button" variant="secondary" onClick={copy}>
          Copy codes
        </Button>
        <a href={download} download="gatehouse-recovery-codes.txt" className="inline-flex items-center rounded-md border border-border px-4 py-2 text-sm font-medium">
          Download .txt
        </a>
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-success">
        {copied ? "Copied to the clipboard." : ""}
      </p>
    </div>
  );
}
