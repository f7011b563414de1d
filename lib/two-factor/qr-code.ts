import "server-only";
import QRCode from "qrcode";
import { otpauthUri } from "./totp";

export type EnrolmentDetails = { manualKey: string; otpauthUri: string; qrDataUrl: string };

/** The QR code is a data: URL for an <img> (allowed by the CSP's img-src), so no script or extra request is needed. */
export async function enrolmentDetails(secret: string, account: string): Promise<EnrolmentDetails> {
  const uri = otpauthUri(secret, account);
  return { manualKey: secret.match(/.{1,4}/g)!.join(" "), otpauthUri: uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 200 }) };
}
