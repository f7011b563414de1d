import { boolean, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantRole } from "./memberships";
import { tenants } from "./tenants";
import { workspaceRole, workspaces } from "./workspaces";

export const dateFormat = pgEnum("date_format", ["MM/DD/YYYY", "DD/MM/YYYY"]);
export const timeFormat = pgEnum("time_format", ["12h", "24h"]);
export const aiProvider = pgEnum("ai_provider", ["platform", "bedrock"]);

/** One row per tenant (created with it): the policies of SPEC §8, §8a and §9 that the rest of the code reads. */
export const tenantSettings = pgTable("tenant_settings", {
  tenantId: uuid("tenant_id")
    .primaryKey()
    .references(() => tenants.id, { onDelete: "cascade" }),
  dateFormat: dateFormat("date_format").notNull().default("MM/DD/YYYY"),
  timeFormat: timeFormat("time_format").notNull().default("12h"),
  requireTwoFactor: boolean("require_two_factor").notNull().default(false),
  maxApiKeysPerOwner: integer("max_api_keys_per_owner").notNull().default(5),
  /** Null: keys may be created without expiry. */
  maxApiKeyLifetimeDays: integer("max_api_key_lifetime_days"),
  invitationLifetimeDays: integer("invitation_lifetime_days").notNull().default(7),
  auditRetentionDays: integer("audit_retention_days").notNull().default(30),
  /** A shared workspace every new member joins (with defaultWorkspaceRole); the action checks it is the tenant's own. */
  defaultWorkspaceId: uuid("default_workspace_id").references(() => workspaces.id, { onDelete: "set null" }),
  defaultWorkspaceRole: workspaceRole("default_workspace_role").notNull().default("viewer"),
  /** Lower-cased domain names; empty means any domain. */
  authorizedDomains: text("authorized_domains").array().notNull().default([]),
  sessionIdleMinutes: integer("session_idle_minutes").notNull().default(60),
  sessionAbsoluteHours: integer("session_absolute_hours").notNull().default(12),
  passwordMinLength: integer("password_min_length").notNull().default(12),
  /** An https address of the logo; mutually exclusive with an uploaded logo (tenant_logos). */
  logoUrl: text("logo_url"),
  copilotTestDataAccess: boolean("copilot_test_data_access").notNull().default(false),
  aiProvider: aiProvider("ai_provider").notNull().default("platform"),
  /** Set only while aiProvider is "bedrock". */
  bedrockRegion: text("bedrock_region"),
  bedrockRoleArn: text("bedrock_role_arn"),
  aiRequestsPerMinute: integer("ai_requests_per_minute").notNull().default(40),
  aiMegabytesPerMinute: integer("ai_megabytes_per_minute").notNull().default(3),
  /** The role of a member created just-in-time by an SSO sign-in when no role-mapping rule matches. */
  defaultRole: tenantRole("default_role").notNull().default("consumer"),
  /** Absolute lifetime of sessions started through the tenant's SSO (1–720 h). */
  ssoSessionHours: integer("sso_session_hours").notNull().default(12),
  /** Non-Admins may sign in only through the tenant's SSO; Admins keep password sign-in as break-glass. */
  ssoStrict: boolean("sso_strict").notNull().default(false),
  /** Social sign-in (SPEC §9): members may sign in with these operator-configured providers; all off by default. */
  allowGoogle: boolean("allow_google").notNull().default(false),
  allowGithub: boolean("allow_github").notNull().default(false),
  allowMicrosoft: boolean("allow_microsoft").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type TenantSettingsRow = typeof tenantSettings.$inferSelect;
