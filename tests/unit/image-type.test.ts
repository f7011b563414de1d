import { describe, expect, it } from "vitest";
import { logoProblem, LOGO_MAX_BYTES, sniffImageType } from "@/lib/settings/image-type";

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("logo type by content", () => {
  it("recognises PNG, JPEG, GIF and WebP by their first bytes", () => {
    expect(sniffImageType(bytes(PNG_HEADER, "rest"))).toBe("image/png");
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffImageType(bytes("GIF89a", [1, 2]))).toBe("image/gif");
    expect(sniffImageType(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))).toBe("image/webp");
    expect(sniffImageType(bytes("just some text, named logo.png"))).toBe("other");
    expect(sniffImageType(bytes(PNG_HEADER.slice(0, 7)))).toBe("other");
  });

  it("accepts PNG and JPEG up to 10 MB and says precisely why anything else is refused", () => {
    expect(logoProblem(bytes(PNG_HEADER), "a.png")).toBeNull();
    expect(logoProblem(bytes([0xff, 0xd8, 0xff]), "a.jpg")).toBeNull();
    expect(logoProblem(new Uint8Array(0), "a.png")).toBe("Choose a PNG or JPEG file to upload.");
    const big = new Uint8Array(12 * 1024 * 1024);
    big.set(PNG_HEADER);
    expect(logoProblem(big, "big.png")).toBe("The file is 12.0 MB; a logo may be at most 10 MB.");
    const limit = new Uint8Array(LOGO_MAX_BYTES);
    limit.set(PNG_HEADER);
    expect(logoProblem(limit, "limit.png")).toBeNull();
    expect(logoProblem(bytes("GIF87a"), "anim.gif")).toBe("GIF images are not accepted. Upload a PNG or JPEG image.");
    expect(logoProblem(bytes("hello"), "notes.png")).toBe('"notes.png" is not a PNG or JPEG image: its content does not match, whatever its name says.');
  });
});
