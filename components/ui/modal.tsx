"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * A modal dialog on the native <dialog>: focus moves into it and is trapped, Escape closes it, and the page behind
 * is inert. `onClose` runs however it closes.
 */
export function Modal({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-full max-w-lg rounded-lg border border-border bg-card p-6 text-fg backdrop:bg-black/50"
    >
      {open ? (
        <>
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <div className="mt-4">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}

/**
 * Open/closed state for a Modal whose content starts afresh each time: `round` changes on close, so content keyed by
 * it remounts (a form forgets its last result, a shown secret is dropped).
 */
export function useModal() {
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  return {
    open,
    round,
    show: () => setOpen(true),
    close: () => {
      setOpen(false);
      setRound((r) => r + 1);
    },
  };
}
