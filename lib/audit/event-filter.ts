import { z } from "zod";
import { AUDIT_CATEGORIES, isAuditAction, type AuditAction, type AuditCategory } from "./catalogue";

/** `datetime-local` inputs send "2025-01-02T03:04" with no zone; the console shows times in UTC, so read them as UTC. */
const ZInstant = z
  .string()
  .trim()
  .transform((value) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00Z` : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?$/.test(value) ? `${value}Z` : value))
  .pipe(z.iso.datetime({ offset: true, message: "Enter a date and time such as 2025-01-31T14:00." }))
  .transform((value) => new Date(value));

export const ZAuditFilter = z
  .object({
    category: z.enum(Object.keys(AUDIT_CATEGORIES) as [AuditCategory, ...AuditCategory[]], { message: "Choose a category from the list." }).optional(),
    action: z
      .string()
      .refine((v): v is AuditAction => isAuditAction(v), "Choose an action from the list.")
      .transform((v) => v as AuditAction)
      .optional(),
    actor: z.string().trim().max(254, "An actor has at most 254 characters.").optional(),
    workspace: z.uuid("Enter a workspace id (a UUID).").optional(),
    from: ZInstant.optional(),
    to: ZInstant.optional(),
    q: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "The end of the range is before its start." });

export type AuditFilter = z.output<typeof ZAuditFilter>;
export const AUDIT_FILTER_FIELDS = ["category", "action", "actor", "workspace", "from", "to", "q"] as const;

/**
 * The filter from a query string (viewer URL, export link, API): empty fields mean "any". Invalid fields are
 * reported and left out, so a bad bookmark still shows the log.
 */
export function parseAuditFilter(params: URLSearchParams | Record<string, string | string[] | undefined>): {
  filter: AuditFilter;
  errors: Partial<Record<(typeof AUDIT_FILTER_FIELDS)[number], string[]>>;
} {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const text = Array.isArray(value) ? value[0] : value;
    return text?.trim() ? text : undefined;
  };
  const raw = Object.fromEntries(AUDIT_FILTER_FIELDS.map((key) => [key, get(key)]));
  const parsed = ZAuditFilter.safeParse(raw);
  if (parsed.success) return { filter: parsed.data, errors: {} };
  const errors: Partial<Record<(typeof AUDIT_FILTER_FIELDS)[number], string[]>> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as (typeof AUDIT_FILTER_FIELDS)[number];
    (errors[key] ??= []).push(issue.message);
    delete raw[key];
  }
  const retry = ZAuditFilter.safeParse(raw);
  return { filter: retry.success ? retry.data : {}, errors };
}

/** The filter as query-string pairs (for links that keep it: pages, export, detail panel). */
export function filterToParams(filter: AuditFilter): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of AUDIT_FILTER_FIELDS) {
    const value = filter[key];
    if (value !== undefined) params[key] = value instanceof Date ? value.toISOString() : value;
  }
  return params;
}

