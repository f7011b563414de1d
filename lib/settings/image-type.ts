/** What a file's first bytes say it is; its name and the browser's claimed type are never trusted. */
export type SniffedType = "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "other";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const startsWith = (bytes: Uint8Array, prefix: number[], offset = 0) => prefix.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export function sniffImageType(bytes: Uint8Array): SniffedType {
  if (startsWith(bytes, PNG)) return "image/png";
  if (startsWith(bytes, JPEG)) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return "other";
}

export const LOGO_MAX_BYTES = 10 * 1024 * 1024;

/** "12.0 MB" — binary megabytes, the unit of the 10 MB limit. */
export function describeSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Null when the bytes are an acceptable logo, else the message shown next to the file field. */
export function logoProblem(bytes: Uint8Array, fileName: string): string | null {
  if (bytes.length === 0) return "Choose a PNG or JPEG file to upload.";
  if (bytes.length > LOGO_MAX_BYTES) return `The file is ${describeSize(bytes.length)}; a logo may be at most 10 MB.`;
  const type = sniffImageType(bytes);
  if (type === "image/png" || type === "image/jpeg") return null;
  if (type === "image/gif") return "GIF images are not accepted. Upload a PNG or JPEG image.";
  if (type === "image/webp") return "WebP images are not accepted. Upload a PNG or JPEG image.";
  return `"${fileName.slice(0, 80)}" is not a PNG or JPEG image: its content does not match, whatever its name says.`;
}
