"use client";

import { useEffect, useRef, useState } from "react";

type Progress = { state: "idle" } | { state: "running"; format: string; rows: number; bytes: number } | { state: "ready"; format: string; rows: number; url: string; filename: string } | { state: "failed"; message: string };

const kib = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en-US")} KiB`;

/**
 * Export of the filtered view. The server streams; the browser counts rows as they arrive (progress), then offers
 * the file (ready). Without JavaScript the links download directly.
 */
export function ExportControl({ query }: { query: string }) {
  const [progress, setProgress] = useState<Progress>({ state: "idle" });
  const link = useRef<HTMLAnchorElement>(null);
  // Once ready, the file is offered at once (the link stays for a second download).
  useEffect(() => {
    if (progress.state === "ready") link.current?.click();
  }, [progress.state]);
  const hrefFor = (format: string) => `/settings/audit-logs/export?${new URLSearchParams([...new URLSearchParams(query), ["format", format]])}`;

  async function run(format: "csv" | "json", event: React.MouseEvent) {
    event.preventDefault();
    if (progress.state === "running") return;
    if (progress.state === "ready") URL.revokeObjectURL(progress.url);
    setProgress({ state: "running", format, rows: 0, bytes: 0 });
    try {
      const response = await fetch(hrefFor(format));
      if (!response.ok || !response.body) throw new Error(response.status === 404 ? "You cannot export audit events." : `The export failed (HTTP ${response.status}).`);
      const filename = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `audit-events.${format}`;
      const reader = response.body.getReader();
      const parts: Uint8Array[] = [];
      let rows = 0;
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.length;
        for (const byte of value) if (byte === 10) rows++;
        setProgress({ state: "running", format, rows, bytes });
      }
      // CSV: one header line; JSON: the "[" and "]" lines.
      const events = Math.max(0, format === "csv" ? rows - 1 : rows - 2);
      const url = URL.createObjectURL(new Blob(parts as BlobPart[], { type: response.headers.get("content-type") ?? "application/octet-stream" }));
      setProgress({ state: "ready", format, rows: events, url, filename });
    } catch (error) {
      setProgress({ state: "failed", message: error instanceof Error ? error.message : "The export failed." });
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <a href={hrefFor("csv")} onClick={(e) => run("csv", e)} className="rounded-md border border-border bg-card px-4 py-2 text-sm font-medium hover:bg-bg">
        Export CSV
      </a>
      <a href={hrefFor("json")} onClick={(e) => run("json", e)} className="rounded-md border border-border bg-card px-4 py-2 text-sm font-medium hover:bg-bg">
        Export JSON
      </a>
      <p aria-live="polite" className="text-sm" data-testid="export-status">
        {progress.state === "running" ? `Exporting ${progress.format.toUpperCase()}… ${progress.rows.toLocaleString("en-US")} lines (${kib(progress.bytes)}) so far.` : null}
        {progress.state === "ready" ? (
          <>
            Export ready: {progress.rows.toLocaleString("en-US")} events.{" "}
            <a ref={link} href={progress.url} download={progress.filename} className="underline">
              Download {progress.filename}
            </a>
          </>
        ) : null}
        {progress.state === "failed" ? <span className="text-danger">{progress.message}</span> : null}
      </p>
    </div>
  );
}
