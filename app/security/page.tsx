import type { Metadata } from "next";
import { LegalPage } from "@/components/legal/legal-page";

// Rendered per request: the operator's text comes from the environment of the running server, not of the build.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Security statement" };

export default function SecurityStatementPage() {
  return <LegalPage page="securityStatement" title="Security statement" />;
}
