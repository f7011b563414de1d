import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tenantLogos } from "@/db/schema";
import { getDb } from "@/lib/db";
import { removeTenantLogo, setTenantLogoUrl, uploadTenantLogo } from "@/lib/settings/logo-actions";
import { getLogoFile, getLogoState, logoSrc } from "@/lib/settings/tenant-logo";
import { META, seedTenant } from "./support/fixtures";
import { eventsOf, lastChangeOf, refusalOf, settingsOf } from "./support/settings-rows";

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("png body")]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("jpeg body")]);
// The browser's claimed type and the name are lies in the refused cases; only the bytes decide.
const file = (bytes: Buffer, name: string, type = "image/png") => new File([new Uint8Array(bytes)], name, { type });

async function adminWithPngLogo() {
  const seeded = await seedTenant(["admin", "builder", "consumer"]);
  const admin = seeded.members[0]!.caller;
  await uploadTenantLogo.execute(admin, { logo: file(PNG, "logo.png") }, META);
  return { ...seeded, admin };
}

describe("the tenant logo", () => {
  it("stores an uploaded PNG in the database with its sniffed type, serves it, and audits it without the bytes", async () => {
    const { tenantId, admin } = await adminWithPngLogo();
    expect(await getLogoFile(admin)).toMatchObject({ contentType: "image/png", bytes: PNG });
    const state = await getLogoState(admin);
    expect(state).toMatchObject({ kind: "upload", contentType: "image/png", byteSize: PNG.length });
    expect(logoSrc(state)).toMatch(/^\/tenant-logo\?v=[0-9a-f]{16}$/);
    const [event] = await eventsOf(tenantId);
    expect(event).toMatchObject({ action: "settings.logo.uploaded", details: { before: { kind: "none" }, after: { kind: "upload", contentType: "image/png", byteSize: PNG.length } } });
    expect(JSON.stringify(event!.details)).not.toContain("png body");
    expect(await lastChangeOf(tenantId, "logo")).toBeDefined();

    // A JPEG claimed to be a PNG is stored as what it is.
    await uploadTenantLogo.execute(admin, { logo: file(JPEG, "photo.png") }, META);
    expect(await getLogoFile(admin)).toMatchObject({ contentType: "image/jpeg", bytes: JPEG });
  });

  it.each([
    ["a 12 MB file", file(Buffer.concat([PNG, Buffer.alloc(12 * 1024 * 1024)]), "huge.png"), "The file is 12.0 MB; a logo may be at most 10 MB."],
    ["a GIF", file(Buffer.from("GIF89a....."), "anim.gif", "image/gif"), "GIF images are not accepted. Upload a PNG or JPEG image."],
    ["a text file renamed .png", file(Buffer.from("hello, I am text"), "notes.png"), '"notes.png" is not a PNG or JPEG image: its content does not match, whatever its name says.'],
    ["an empty file", file(Buffer.alloc(0), "empty.png"), "Choose a PNG or JPEG file to upload."],
    ["no file at all", "logo.png", "Choose a PNG or JPEG file to upload."],
  ])("refuses %s with a specific message next to the field; the old logo stays", async (_, logo, message) => {
    const { tenantId, admin } = await adminWithPngLogo();
    const error = await refusalOf(uploadTenantLogo.execute(admin, { logo }, META));
    expect(error).toMatchObject({ code: "validation_failed", fieldErrors: { logo: [message] } });
    expect(await getLogoFile(admin)).toMatchObject({ contentType: "image/png", bytes: PNG });
    expect(await eventsOf(tenantId)).toHaveLength(1);
  });

  it("an https address replaces the upload, and removing clears both; each step is audited with before and after", async () => {
    const { tenantId, admin } = await adminWithPngLogo();
    const url = "https://cdn.example.com/acme.png";
    await setTenantLogoUrl.execute(admin, { logoUrl: ` ${url} ` }, META);
    expect(await getDb().select().from(tenantLogos).where(eq(tenantLogos.tenantId, tenantId))).toHaveLength(0);
    expect(logoSrc(await getLogoState(admin))).toBe(url);
    expect(await removeTenantLogo.execute(admin, {}, META)).toEqual({ changed: true });
    expect(await getLogoState(admin)).toEqual({ kind: "none" });
    expect((await settingsOf(tenantId)).logoUrl).toBeNull();
    expect(await removeTenantLogo.execute(admin, {}, META)).toEqual({ changed: false });
    const events = await eventsOf(tenantId);
    expect(events.map((e) => e.action)).toEqual(["settings.logo.uploaded", "settings.logo.url_set", "settings.logo.removed"]);
    expect(events[1]!.details).toMatchObject({ before: { kind: "upload" }, after: { kind: "url", url } });
    expect(events[2]!.details).toEqual({ before: { kind: "url", url }, after: { kind: "none" } });
  });

  it.each(["http://cdn.example.com/logo.png", "javascript:alert(1)", "https://localhost/logo.png", "not a url"])(
    "refuses the address %s",
    async (logoUrl) => {
      const { admin } = await adminWithPngLogo();
      const error = await refusalOf(setTenantLogoUrl.execute(admin, { logoUrl }, META));
      expect(error.fieldErrors?.logoUrl).toEqual(["Enter an https:// address of an image."]);
      expect((await getLogoState(admin)).kind).toBe("upload");
    },
  );

  it("refuses a Builder and a Consumer every logo action; another tenant's logo stays its own", async () => {
    const { tenantId, admin, members } = await adminWithPngLogo();
    for (const member of members.slice(1)) {
      for (const attempt of [
        () => uploadTenantLogo.execute(member.caller, { logo: file(JPEG, "x.jpg") }, META),
        () => setTenantLogoUrl.execute(member.caller, { logoUrl: "https://evil.example/x.png" }, META),
        () => removeTenantLogo.execute(member.caller, {}, META),
      ]) {
        expect((await refusalOf(attempt())).code).toBe("forbidden");
      }
      // Members of the tenant see its logo.
      expect(await getLogoFile(member.caller)).toMatchObject({ bytes: PNG });
    }
    expect(await getLogoFile(admin)).toMatchObject({ bytes: PNG });
    expect(await eventsOf(tenantId)).toHaveLength(1);

    const other = await seedTenant(["admin"]);
    expect(await getLogoFile(other.members[0]!.caller)).toBeNull();
    await removeTenantLogo.execute(other.members[0]!.caller, { tenantId }, META);
    expect(await getLogoFile(admin)).toMatchObject({ bytes: PNG });
  });
});
