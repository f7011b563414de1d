import "server-only";
import { eq } from "drizzle-orm";
import { tenantLogos, tenantSettings } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import type { Db, Tx } from "@/lib/db";
import { getDb } from "@/lib/db";

/** Where the logo comes from, as the audit log and the General page describe it (never the bytes). */
export type LogoState =
  | { kind: "none" }
  | { kind: "upload"; contentType: string; byteSize: number; sha256: string }
  | { kind: "url"; url: string };

export const LOGO_ROUTE = "/tenant-logo";

/** The current logo of the caller's tenant; inside a transaction it locks the settings row first. */
export async function readLogoState(db: Db | Tx, tenantId: string, lock = false): Promise<LogoState> {
  const settings = db.select({ url: tenantSettings.logoUrl }).from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId));
  const [row] = lock ? await settings.for("update") : await settings;
  const [upload] = await db
    .select({ contentType: tenantLogos.contentType, byteSize: tenantLogos.byteSize, sha256: tenantLogos.etag })
    .from(tenantLogos)
    .where(eq(tenantLogos.tenantId, tenantId));
  if (upload) return { kind: "upload", ...upload };
  return row?.url ? { kind: "url", url: row.url } : { kind: "none" };
}

/** The image address for the sidebar: the versioned logo route for an upload (cacheable for good), or the https URL. */
export function logoSrc(state: LogoState): string | null {
  if (state.kind === "upload") return `${LOGO_ROUTE}?v=${state.sha256.slice(0, 16)}`;
  return state.kind === "url" ? state.url : null;
}

/** Any member sees their tenant's logo. */
export async function getLogoState(caller: Caller): Promise<LogoState> {
  return readLogoState(getDb(), caller.tenantId);
}

/** The uploaded logo's bytes for the route handler, or null. */
export async function getLogoFile(caller: Caller) {
  const [row] = await getDb()
    .select({ contentType: tenantLogos.contentType, bytes: tenantLogos.bytes, etag: tenantLogos.etag })
    .from(tenantLogos)
    .where(eq(tenantLogos.tenantId, caller.tenantId));
  return row ?? null;
}
