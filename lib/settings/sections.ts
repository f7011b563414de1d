/** Each settings form is one section: its own action, audit event and "Last changed" line. */
export const SETTINGS_SECTIONS = [
  "tenant",
  "logo",
  "date_time",
  "two_factor",
  "api_keys",
  "invitations",
  "default_workspace",
  "audit_retention",
  "ai",
  "authorized_domains",
  "session_policy",
  "password_policy",
  "sso_connection",
  "sso_role_mapping",
  "sso_policy",
  "social_providers",
] as const;

export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];
