import { MAX_AUTHORIZED_DOMAINS } from "./limits";

// Labels of letters, digits and inner hyphens; a final label of letters (or an IDN "xn--" label); 253 characters at most.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LABEL = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export function isDomainName(value: string): boolean {
  if (value.length > 253) return false;
  const labels = value.split(".");
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TOP_LABEL.test(labels.at(-1)!);
}

export type DomainListResult = { ok: true; domains: string[] } | { ok: false; problems: string[] };

/** "example.com, Acme.org" → ["example.com", "acme.org"]: commas or whitespace separate, case and repeats do not count. */
export function parseDomainList(text: string): DomainListResult {
  const entries = text
    .split(/[\s,]+/)
    .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
    .filter(Boolean);
  const domains = [...new Set(entries)];
  const problems = domains.filter((d) => !isDomainName(d)).map((d) => `"${d.slice(0, 80)}" is not a domain name.`);
  if (domains.length > MAX_AUTHORIZED_DOMAINS) problems.push(`List at most ${MAX_AUTHORIZED_DOMAINS} domains.`);
  return problems.length ? { ok: false, problems } : { ok: true, domains };
}
