import type { Metadata } from "next";
import { LegalPage } from "@/components/legal/legal-page";
import { DEFAULT_SECURITY_STATEMENT } from "@/lib/legal/default-texts";

export const metadata: Metadata = { title: "Security statement" };

export default function SecurityStatementPage() {
  return <LegalPage document={DEFAULT_SECURITY_STATEMENT} />;
}
