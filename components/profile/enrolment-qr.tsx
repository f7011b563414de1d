import type { EnrolmentDetails } from "@/lib/two-factor/qr-code";

/** Scan the QR code, or type the key into the authenticator app by hand. */
export function EnrolmentQr({ details }: { details: Pick<EnrolmentDetails, "manualKey" | "qrDataUrl"> }) {
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
      {/* A data: URL (allowed by the CSP's img-src): the secret never travels in a request of its own. */}
      <img src={details.qrDataUrl} width={200} height={200} alt="QR code to add Gatehouse to your authenticator app" className="rounded-md border border-border bg-white" />
      <div className="flex flex-col gap-1 text-sm">
        <p>Scan the QR code with an authenticator app (1Password, Google Authenticator, Authy…), or enter this key by hand:</p>
        <code data-testid="two-factor-manual-key" className="break-all rounded-md bg-bg px-2 py-1 font-mono">
          {details.manualKey}
        </code>
      </div>
    </div>
  );
}
