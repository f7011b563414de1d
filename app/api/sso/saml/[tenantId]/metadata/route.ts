import type { NextRequest } from "next/server";
import { samlSpMetadataResponse } from "@/lib/sso/saml-sp-metadata";

export async function GET(_request: NextRequest, { params }: { params: Promise<{ tenantId: string }> }) {
  return samlSpMetadataResponse((await params).tenantId);
}
