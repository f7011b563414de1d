"use client";

import { useEffect, useRef, useState, type RefObject } from "react";

export const UNSAVED_CHANGES_MESSAGE = "You have unsaved changes. Leave this page and lose them?";

// One set of listeners for the whole page, however many forms are dirty.
const dirtyForms = new Set<object>();

function onBeforeUnload(event: BeforeUnloadEvent) {
  if (dirtyForms.size === 0) return;
  event.preventDefault();
  event.returnValue = "";
}

/** In-app links navigate without unloading the page, so beforeunload never fires for them: ask before following. */
function onLinkClick(event: MouseEvent) {
  if (dirtyForms.size === 0 || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!link || link.getAttribute("target") === "_blank") return;
  if (!window.confirm(UNSAVED_CHANGES_MESSAGE)) {
    event.preventDefault();
    event.stopPropagation();
  } else {
    dirtyForms.clear();
  }
}

function track(token: object, dirty: boolean) {
  const wasEmpty = dirtyForms.size === 0;
  if (dirty) dirtyForms.add(token);
  else dirtyForms.delete(token);
  if (wasEmpty && dirtyForms.size > 0) {
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onLinkClick, true);
  } else if (!wasEmpty && dirtyForms.size === 0) {
    window.removeEventListener("beforeunload", onBeforeUnload);
    document.removeEventListener("click", onLinkClick, true);
  }
}

/**
 * Marks the form dirty on any edit and warns before the page is left (reload, close, typed address, in-app link)
 * until a save succeeds (`savedAt`: the latest successful outcome, a new value per save).
 */
export function useUnsavedChanges(formRef: RefObject<HTMLFormElement | null>, savedAt: unknown): boolean {
  const token = useRef({});
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const markDirty = () => setDirty(true);
    form.addEventListener("input", markDirty);
    form.addEventListener("change", markDirty);
    return () => {
      form.removeEventListener("input", markDirty);
      form.removeEventListener("change", markDirty);
    };
  }, [formRef]);

  useEffect(() => {
    if (savedAt) setDirty(false);
  }, [savedAt]);

  useEffect(() => {
    const t = token.current;
    track(t, dirty);
    return () => track(t, false);
  }, [dirty]);

  return dirty;
}
