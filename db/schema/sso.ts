import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantRole } from "./memberships";
import { tenants } from "./tenants";
import { users } from "./users";

export const ssoProtocol = pgEnum("sso_protocol", ["oidc", "saml"]);

/** A tenant's own identity provider (SPEC §9): one per tenant. Enabling requires a successful test since the last change. */
export const ssoConnections = pgTable("sso_connections", {
  tenantId: uuid("tenant_id")
    .primaryKey()
    .references(() => tenants.id, { onDelete: "cascade" }),
  protocol: ssoProtocol("protocol").notNull(),
  enabled: boolean("enabled").notNull().default(false),
  oidcIssuer: text("oidc_issuer"),
  oidcClientId: text("oidc_client_id"),
  /** AES-256-GCM (lib/crypto/secret-box.ts); never leaves the server decrypted except to the IdP's token endpoint. */
  oidcClientSecretEncrypted: text("oidc_client_secret_encrypted"),
  samlIdpMetadata: text("saml_idp_metadata"),
  /** Set by a successful "test connection"; cleared when the configuration changes. */
  testedAt: timestamp("tested_at", { withTimezone: true }),
  lastTestResult: text("last_test_result"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** IdP group name → tenant role (and, once groups exist, a Gatehouse group), applied at every SSO sign-in. */
export const ssoRoleMappings = pgTable(
  "sso_role_mappings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    idpGroup: text("idp_group").notNull(),
    role: tenantRole("role"),
    /** A Gatehouse group (by name) that members of the IdP group join at SSO sign-in; created, and marked managed by SSO. */
    groupName: text("group_name"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("sso_role_mappings_tenant_group_key").on(t.tenantId, t.idpGroup)],
);

/**
 * An external identity bound to a user: `provider` is "oidc:<tenantId>", "saml:<tenantId>", "google", "github" or
 * "microsoft"; `subject` the IdP's stable id (Microsoft: "<tid>:<oid>"), never the e-mail.
 */
export const userIdentities = pgTable(
  "user_identities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    subject: text("subject").notNull(),
    /** The IdP groups seen at the last sign-in: lets a role-mapping change be checked against the saving Admin. */
    lastGroups: text("last_groups").array().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("user_identities_provider_subject_key").on(t.provider, t.subject), index("user_identities_user_idx").on(t.userId)],
);

/**
 * SAML assertions already used to sign in, per tenant, kept until they could no longer be accepted anyway (their
 * NotOnOrAfter plus clock skew, or the sealed verdict's end if later): a row, so every instance refuses a second use.
 */
export const samlAssertionUses = pgTable(
  "saml_assertion_uses",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    assertionId: text("assertion_id").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.assertionId] }), index("saml_assertion_uses_expires_idx").on(t.expiresAt)],
);

export type SsoConnectionRow = typeof ssoConnections.$inferSelect;
