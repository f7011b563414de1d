/** SPEC §3: a key lives 7, 30, 90 or 365 days, or never expires; the tenant may cap the lifetime. */
export const EXPIRY_CHOICES = ["7d", "30d", "90d", "365d", "never"] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

export const EXPIRY_LABEL: Record<ExpiryChoice, string> = {
  "7d": "7 days",
  "30d": "30 days",
  "90d": "90 days",
  "365d": "365 days",
  never: "No expiry",
};

export function lifetimeDaysOf(choice: ExpiryChoice): number | null {
  return choice === "never" ? null : Number.parseInt(choice, 10);
}

/** The choices a tenant allows: with a maximum lifetime set, "never" and anything longer are out. */
export function allowedExpiries(maxLifetimeDays: number | null): ExpiryChoice[] {
  if (maxLifetimeDays === null) return [...EXPIRY_CHOICES];
  return EXPIRY_CHOICES.filter((choice) => {
    const days = lifetimeDaysOf(choice);
    return days !== null && days <= maxLifetimeDays;
  });
}

export function expiryDate(lifetimeDays: number | null, from: Date): Date | null {
  return lifetimeDays === null ? null : new Date(from.getTime() + lifetimeDays * 86_400_000);
}
