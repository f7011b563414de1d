export type SettingsChange = { before: Record<string, unknown>; after: Record<string, unknown> };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Before/after of exactly the keys of `patch` whose value differs from `current`; null when nothing changes. */
export function diffSettings<T extends Record<string, unknown>>(current: T, patch: Partial<T>): SettingsChange | null {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) {
    if (same(current[key], patch[key])) continue;
    before[key] = current[key] ?? null;
    after[key] = patch[key] ?? null;
  }
  return Object.keys(after).length ? { before, after } : null;
}
