/** The bounds of every numeric tenant setting, shared by the forms (hints, min/max) and the server's validation. */
export const LIMITS = {
  maxApiKeysPerOwner: { min: 1, max: 50 },
  invitationLifetimeDays: { min: 1, max: 30 },
  auditRetentionDays: { min: 1, max: 3650 },
  sessionIdleMinutes: { min: 5, max: 1440 },
  sessionAbsoluteHours: { min: 1, max: 720 },
  ssoSessionHours: { min: 1, max: 720 },
  passwordMinLength: { min: 12, max: 128 },
  aiRequestsPerMinute: { min: 1, max: 10_000 },
  aiMegabytesPerMinute: { min: 1, max: 1024 },
} as const;

/** The key lifetimes a tenant may set as its maximum (the same choices a key's expiry offers). */
export const API_KEY_LIFETIME_CHOICES = [7, 30, 90, 365] as const;

export const MAX_AUTHORIZED_DOMAINS = 50;
