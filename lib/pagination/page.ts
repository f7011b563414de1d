export const PAGE_SIZE = 50;

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** A page number from the address bar: a positive integer, anything else is page 1. */
export function parsePage(raw: string | string[] | undefined): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export const offsetOf = (page: number, pageSize = PAGE_SIZE) => (page - 1) * pageSize;
