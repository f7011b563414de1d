import type { Metadata } from "next";
import { LegalPage } from "@/components/legal/legal-page";
import { DEFAULT_PRIVACY_POLICY } from "@/lib/legal/default-texts";

export const metadata: Metadata = { title: "Privacy policy" };

export default function PrivacyPolicyPage() {
  return <LegalPage document={DEFAULT_PRIVACY_POLICY} />;
}
