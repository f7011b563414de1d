/**
 * Every audit action the code can write, with its category and the sentence the viewer shows.
 * A new mutation adds its action here; `record()` accepts nothing else.
 */
export const AUDIT_CATEGORIES = {
  setting_updates: "Setting updates",
  system_configuration: "System configuration",
  user_actions: "User actions",
} as const;

export type AuditCategory = keyof typeof AUDIT_CATEGORIES;

type ActionInfo = { category: AuditCategory; sentence: string };

export const AUDIT_ACTIONS = {
  "tenant.created": { category: "system_configuration", sentence: "created the tenant" },
  "setup.completed": { category: "system_configuration", sentence: "completed the first-run setup" },
  "auth.sign_in.succeeded": { category: "user_actions", sentence: "signed in" },
  "auth.sign_in.failed": { category: "user_actions", sentence: "failed to sign in" },
  "auth.sign_in.throttled": { category: "user_actions", sentence: "was throttled at sign-in" },
  "auth.signed_out": { category: "user_actions", sentence: "signed out" },
  "settings.general.updated": { category: "setting_updates", sentence: "updated the general settings" },
  "settings.logo.uploaded": { category: "setting_updates", sentence: "uploaded the tenant logo" },
  "settings.logo.url_set": { category: "setting_updates", sentence: "set the tenant logo's address" },
  "settings.logo.removed": { category: "setting_updates", sentence: "removed the tenant logo" },
  "settings.date_time.updated": { category: "setting_updates", sentence: "changed the date and time format" },
  "settings.two_factor.updated": { category: "setting_updates", sentence: "changed the two-factor requirement" },
  "settings.api_key_policy.updated": { category: "setting_updates", sentence: "changed the API key policy" },
  "settings.invitations.updated": { category: "setting_updates", sentence: "changed the invitation lifetime" },
  "settings.audit_retention.updated": { category: "setting_updates", sentence: "changed the audit log retention" },
  "settings.ai.updated": { category: "setting_updates", sentence: "changed the AI settings" },
  "settings.authorized_domains.updated": { category: "setting_updates", sentence: "changed the authorized domains" },
  "settings.session_policy.updated": { category: "setting_updates", sentence: "changed the session policy" },
  "settings.password_policy.updated": { category: "setting_updates", sentence: "changed the password policy" },
  "api_key.created": { category: "user_actions", sentence: "created an API key" },
  "api_key.updated": { category: "user_actions", sentence: "edited an API key" },
  "api_key.regenerated": { category: "user_actions", sentence: "regenerated an API key" },
  "api_key.deleted": { category: "user_actions", sentence: "deleted an API key" },
  "api_key.revoked": { category: "user_actions", sentence: "revoked another member's API key" },
  "api_key.auth_failed": { category: "user_actions", sentence: "was refused: an API key that no longer works" },
} as const satisfies Record<string, ActionInfo>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
