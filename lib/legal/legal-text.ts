import "server-only";
import fs from "node:fs/promises";
import { getConfig, type LegalPageKey } from "@/lib/config/config";
import { DEFAULT_PRIVACY_POLICY, DEFAULT_SECURITY_STATEMENT, type LegalDocument } from "./default-texts";
import { parseMarkdown, type Block } from "./markdown";

export type LegalText = { kind: "url"; url: string } | { kind: "markdown"; blocks: Block[] } | { kind: "default"; document: LegalDocument };

const DEFAULTS: Record<LegalPageKey, LegalDocument> = {
  securityStatement: DEFAULT_SECURITY_STATEMENT,
  privacyPolicy: DEFAULT_PRIVACY_POLICY,
};

/**
 * The deployment's own text when the operator configured one (read on each request, so an edited file shows at once;
 * start-up already checked that it is readable), else the built-in default.
 */
export async function loadLegalText(page: LegalPageKey): Promise<LegalText> {
  const source = getConfig().legal[page];
  if (source.kind === "url") return source;
  if (source.kind === "file") return { kind: "markdown", blocks: parseMarkdown(await fs.readFile(source.path, "utf8")) };
  return { kind: "default", document: DEFAULTS[page] };
}

/** Start-up check: a configured file that cannot be read stops the server with the variable's name. */
export async function unreadableLegalFile(): Promise<{ variable: string; problem: string } | null> {
  const variables: Record<LegalPageKey, string> = { securityStatement: "SECURITY_STATEMENT_FILE", privacyPolicy: "PRIVACY_POLICY_FILE" };
  for (const page of Object.keys(variables) as LegalPageKey[]) {
    const source = getConfig().legal[page];
    if (source.kind !== "file") continue;
    try {
      await fs.access(source.path, fs.constants.R_OK);
    } catch {
      return { variable: variables[page], problem: `names a file that cannot be read: ${source.path}` };
    }
  }
  return null;
}
