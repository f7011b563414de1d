import type { NextRequest } from "next/server";
import { samlAssertionConsumer } from "@/lib/sso/saml-flow";

export async function POST(request: NextRequest, { params }: { params: Promise<{ tenantId: string }> }) {
  return samlAssertionConsumer(request, (await params).tenantId);
}
