import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { tenantLogos, tenantSettings } from "@/db/schema";
import { defineAction, type ActionContext } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import type { AuditAction } from "@/lib/audit/catalogue";
import { describeSize, LOGO_MAX_BYTES, logoProblem, sniffImageType } from "./image-type";
import { markSectionChanged } from "./mark-section-changed";
import { readLogoState, type LogoState } from "./tenant-logo";

// An upload and an https address exclude each other: setting one clears the other.

async function replaceLogo(ctx: ActionContext<unknown>, action: AuditAction, next: { url: string | null; upload?: typeof tenantLogos.$inferInsert }) {
  const { caller, tx } = ctx;
  const before = await readLogoState(tx, caller.tenantId, true);
  const now = new Date();
  await tx.delete(tenantLogos).where(eq(tenantLogos.tenantId, caller.tenantId));
  if (next.upload) await tx.insert(tenantLogos).values(next.upload);
  await tx.update(tenantSettings).set({ logoUrl: next.url, updatedAt: now }).where(eq(tenantSettings.tenantId, caller.tenantId));
  const after = await readLogoState(tx, caller.tenantId);
  await markSectionChanged(tx, caller, "logo", now);
  return {
    result: { changed: true },
    audit: { action, target: { type: "tenant", id: caller.tenantId, label: caller.tenantName }, details: { before, after } satisfies Record<string, LogoState> },
  };
}

const ZLogoFile = z.object({
  logo: z
    .instanceof(Blob, { message: "Choose a PNG or JPEG file to upload." })
    .refine((file) => file.size > 0, "Choose a PNG or JPEG file to upload.")
    .superRefine((file, ctx) => {
      if (file.size > LOGO_MAX_BYTES) ctx.addIssue({ code: "custom", message: `The file is ${describeSize(file.size)}; a logo may be at most 10 MB.` });
    }),
});

export const uploadTenantLogo = defineAction({ permission: "settings:update", input: ZLogoFile }, async (ctx) => {
  const file = ctx.input.logo;
  const bytes = Buffer.from(await file.arrayBuffer());
  const problem = logoProblem(bytes, file instanceof File ? file.name : "The file");
  if (problem) throw refuse.invalid({ logo: [problem] });
  const upload = {
    tenantId: ctx.caller.tenantId,
    contentType: sniffImageType(bytes),
    bytes,
    byteSize: bytes.length,
    etag: createHash("sha256").update(bytes).digest("hex"),
  };
  return replaceLogo(ctx, "settings.logo.uploaded", { url: null, upload });
});

/** https on a domain name: no plain http (mixed content), no bare host names or IP literals of an internal network. */
function isPublicHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && z.regexes.domain.test(url.hostname) && !url.username && !url.password;
  } catch {
    return false;
  }
}

const ZLogoUrl = z.object({
  logoUrl: z
    .string({ message: "Enter the logo's https address." })
    .trim()
    .max(2048, "An address has at most 2048 characters.")
    .refine(isPublicHttpsUrl, "Enter an https:// address of an image."),
});

export const setTenantLogoUrl = defineAction({ permission: "settings:update", input: ZLogoUrl }, (ctx) =>
  replaceLogo(ctx, "settings.logo.url_set", { url: ctx.input.logoUrl }),
);

export const removeTenantLogo = defineAction({ permission: "settings:update", input: z.object({}) }, async (ctx) => {
  const current = await readLogoState(ctx.tx, ctx.caller.tenantId, true);
  if (current.kind === "none") return { result: { changed: false }, audit: [] };
  return replaceLogo(ctx, "settings.logo.removed", { url: null });
});
