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
  "settings.default_workspace.updated": { category: "setting_updates", sentence: "changed the default workspace for new members" },
  "settings.audit_retention.updated": { category: "setting_updates", sentence: "changed the audit log retention" },
  "settings.ai.updated": { category: "setting_updates", sentence: "changed the AI settings" },
  "settings.authorized_domains.updated": { category: "setting_updates", sentence: "changed the authorized domains" },
  "settings.session_policy.updated": { category: "setting_updates", sentence: "changed the session policy" },
  "settings.password_policy.updated": { category: "setting_updates", sentence: "changed the password policy" },
  "group.created": { category: "user_actions", sentence: "created a group" },
  "group.updated": { category: "user_actions", sentence: "renamed or described a group" },
  "group.deleted": { category: "user_actions", sentence: "deleted a group" },
  "group.member_added": { category: "user_actions", sentence: "added a member to a group" },
  "group.member_removed": { category: "user_actions", sentence: "removed a member from a group" },
  "workspace.created": { category: "system_configuration", sentence: "created a workspace" },
  "workspace.updated": { category: "system_configuration", sentence: "renamed or described a workspace" },
  "workspace.deleted": { category: "system_configuration", sentence: "deleted a workspace" },
  "workspace.member_added": { category: "user_actions", sentence: "gave a workspace role" },
  "workspace.member_role_changed": { category: "user_actions", sentence: "changed a workspace role" },
  "workspace.member_removed": { category: "user_actions", sentence: "removed a workspace member" },
  "workspace.left": { category: "user_actions", sentence: "left a workspace" },
  "audit.exported": { category: "user_actions", sentence: "exported audit events" },
  "audit.retention.purged": { category: "system_configuration", sentence: "purged audit events past their retention" },
  "audit.stream.created": { category: "system_configuration", sentence: "added a SIEM streaming destination" },
  "audit.stream.updated": { category: "system_configuration", sentence: "changed a SIEM streaming destination" },
  "audit.stream.deleted": { category: "system_configuration", sentence: "removed a SIEM streaming destination" },
  "api_key.created": { category: "user_actions", sentence: "created an API key" },
  "api_key.updated": { category: "user_actions", sentence: "edited an API key" },
  "api_key.regenerated": { category: "user_actions", sentence: "regenerated an API key" },
  "api_key.deleted": { category: "user_actions", sentence: "deleted an API key" },
  "api_key.revoked": { category: "user_actions", sentence: "revoked another member's API key" },
  "api_key.auth_failed": { category: "user_actions", sentence: "was refused: an API key that no longer works" },
  "settings.sso_policy.updated": { category: "setting_updates", sentence: "changed the SSO policy (default role, session lifetime, strict mode)" },
  "sso.connection.updated": { category: "system_configuration", sentence: "changed the SSO identity provider" },
  "sso.connection.tested": { category: "system_configuration", sentence: "tested the SSO connection" },
  "sso.connection.enabled": { category: "system_configuration", sentence: "enabled SSO sign-in" },
  "sso.connection.disabled": { category: "system_configuration", sentence: "disabled SSO sign-in" },
  "sso.role_mapping.updated": { category: "system_configuration", sentence: "changed the SSO role mapping" },
  "sso.member.created": { category: "user_actions", sentence: "joined through SSO (just-in-time)" },
  "sso.role.mapped": { category: "user_actions", sentence: "got a role from the SSO role mapping" },
  "sso.role.mapping_skipped": { category: "user_actions", sentence: "kept the Admin role the SSO role mapping would take from the last active Admin" },
  "settings.social_providers.updated": { category: "setting_updates", sentence: "changed which social sign-in providers are allowed" },
  "identity.linked": { category: "user_actions", sentence: "linked a sign-in provider to their account" },
  "identity.unlinked": { category: "user_actions", sentence: "unlinked a sign-in provider from their account" },
  "social.member.created": { category: "user_actions", sentence: "joined through social sign-in (just-in-time)" },
  "profile.updated": { category: "user_actions", sentence: "changed their name or username" },
  "profile.email_change_requested": { category: "user_actions", sentence: "asked to change their e-mail address" },
  "profile.email_changed": { category: "user_actions", sentence: "changed their e-mail address" },
  "profile.password_changed": { category: "user_actions", sentence: "changed their password" },
  "profile.reauthentication_failed": { category: "user_actions", sentence: "typed a wrong password or code in a profile form" },
  "profile.reauthentication_throttled": { category: "user_actions", sentence: "was throttled after wrong passwords or codes in profile forms" },
  "session.revoked": { category: "user_actions", sentence: "signed out one of their sessions" },
  "sessions.revoked_others": { category: "user_actions", sentence: "signed out all their other sessions" },
  "invitation.created": { category: "user_actions", sentence: "invited a user" },
  "invitation.resent": { category: "user_actions", sentence: "resent an invitation" },
  "invitation.cancelled": { category: "user_actions", sentence: "cancelled an invitation" },
  "invitation.accepted": { category: "user_actions", sentence: "accepted an invitation and joined" },
  "two_factor.enrolment_started": { category: "user_actions", sentence: "started setting up two-factor authentication" },
  "two_factor.enabled": { category: "user_actions", sentence: "turned on two-factor authentication" },
  "two_factor.disabled": { category: "user_actions", sentence: "turned off two-factor authentication" },
  "two_factor.recovery_codes_regenerated": { category: "user_actions", sentence: "generated new two-factor recovery codes" },
  "two_factor.reset": { category: "user_actions", sentence: "reset a member's two-factor authentication" },
  "auth.second_factor.succeeded": { category: "user_actions", sentence: "passed the two-factor check at sign-in" },
  "auth.second_factor.failed": { category: "user_actions", sentence: "failed the two-factor check at sign-in" },
  "password_reset.requested": { category: "user_actions", sentence: "asked for a password reset link" },
  "password_reset.completed": { category: "user_actions", sentence: "set a new password through a reset link" },
  "member.role_changed": { category: "user_actions", sentence: "changed a member's tenant role" },
  "member.deactivated": { category: "user_actions", sentence: "deactivated a member" },
  "member.reactivated": { category: "user_actions", sentence: "re-activated a member" },
  "member.removed": { category: "user_actions", sentence: "removed a member from the tenant" },
  "service_account.created": { category: "user_actions", sentence: "created a service account" },
  "service_account.updated": { category: "user_actions", sentence: "edited a service account" },
  "service_account.deactivated": { category: "user_actions", sentence: "deactivated a service account" },
  "service_account.reactivated": { category: "user_actions", sentence: "re-activated a service account" },
  "service_account.deleted": { category: "user_actions", sentence: "deleted a service account" },
  "session.tenant_switched": { category: "user_actions", sentence: "switched tenant" },
} as const satisfies Record<string, ActionInfo>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}

export function isAuditCategory(value: string): value is AuditCategory {
  return Object.hasOwn(AUDIT_CATEGORIES, value);
}
