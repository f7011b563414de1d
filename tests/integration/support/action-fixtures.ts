import { and, eq } from "drizzle-orm";
import { userIdentities, apiKeys, auditStreamDestinations, emailChangeRequests, invitations, memberships, serviceAccounts, sessions, twoFactorRecoveryCodes, userTwoFactor, users, ssoConnections, ssoRoleMappings, groupMembers, groups, tenantLogos, tenants, workspaceBindings, workspaces } from "@/db/schema";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { addGroupMembers } from "@/lib/groups/add-group-members";
import { recordSsoTest } from "@/lib/sso/record-sso-test";
import { saveOidcConnection } from "@/lib/sso/save-oidc-connection";
import { createGroup } from "@/lib/groups/create-group";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { createInvitations } from "@/lib/invitations/create-invitations";
import { createStreamDestination } from "@/lib/audit/stream/create-stream-destination";
import { getDb } from "@/lib/db";
import { setTenantLogoUrl } from "@/lib/settings/logo-actions";
import { createSession } from "@/lib/auth/sessions";
import { hashSessionToken } from "@/lib/auth/session-token";
import { sessionRef } from "@/lib/profile/session-ref";
import { addMembership } from "@/lib/memberships/add-membership";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { createServiceAccountKey } from "@/lib/service-accounts/create-service-account-key";
import { META, PASSWORD, seedTenant } from "./fixtures";
import { settingsOf } from "./settings-rows";
import { enrolTwoFactor, totpCode } from "./two-factor";
import { startTwoFactorEnrolment } from "@/lib/two-factor/start-two-factor-enrolment";

export type SeededTenant = Awaited<ReturnType<typeof seedTenant>>;

/**
 * For every action the factory builds (keyed "<file under lib/>#<export>"): a valid input for a fresh tenant seeded
 * with one Admin, and a read of what the action changes. The audit-coverage test runs each action twice — once with
 * a failure injected after its audit write, once for real — so a new action without an entry here fails that test.
 */
export type ActionFixture = {
  input: (tenant: SeededTenant) => Promise<Record<string, unknown>>;
  state: (tenant: SeededTenant) => Promise<unknown>;
  /** Events one run records (default 1). */
  events?: number;
};

const admin = (t: SeededTenant) => t.members[0]!.caller;
/** The settings row: a settings action changes it (and its updated_at), a rolled-back one leaves it as it was. */
const settings = (t: SeededTenant) => settingsOf(t.tenantId);
const logo = async (t: SeededTenant) => ({
  settings: await settingsOf(t.tenantId),
  uploads: await getDb().select({ etag: tenantLogos.etag }).from(tenantLogos).where(eq(tenantLogos.tenantId, t.tenantId)),
});
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const destinations = (t: SeededTenant) => getDb().select().from(auditStreamDestinations).where(eq(auditStreamDestinations.tenantId, t.tenantId));
const seedDestination = async (t: SeededTenant) =>
  (await createStreamDestination.execute(admin(t), { kind: "webhook", name: "Hook", url: "https://siem.example.test/hook", secret: "signing-secret-1" }, META)).id;

const groupsOf = async (t: SeededTenant) => ({
  groups: await getDb().select().from(groups).where(eq(groups.tenantId, t.tenantId)),
  members: await getDb().select().from(groupMembers).where(eq(groupMembers.tenantId, t.tenantId)),
});
const seedGroup = async (t: SeededTenant) => (await createGroup.execute(admin(t), { name: "Coverage group", description: "" }, META)).id;
const seedGroupWithAdmin = async (t: SeededTenant) => {
  const groupId = await seedGroup(t);
  await addGroupMembers.execute(admin(t), { groupIds: [groupId], userIds: [admin(t).userId] }, META);
  return groupId;
};
const workspacesOf = async (t: SeededTenant) => ({
  workspaces: await getDb().select().from(workspaces).where(eq(workspaces.tenantId, t.tenantId)),
  bindings: await getDb().select().from(workspaceBindings).where(eq(workspaceBindings.tenantId, t.tenantId)),
});

const keysOf = (t: SeededTenant) => getDb().select().from(apiKeys).where(eq(apiKeys.tenantId, t.tenantId));
const seedKey = async (t: SeededTenant) =>
  (await createApiKey.execute(admin(t), { name: "Coverage key", description: "", scope: "read", expiry: "30d" }, META)).key.id;

const sso = async (t: SeededTenant) => ({
  connections: await getDb().select().from(ssoConnections).where(eq(ssoConnections.tenantId, t.tenantId)),
  rules: await getDb().select().from(ssoRoleMappings).where(eq(ssoRoleMappings.tenantId, t.tenantId)),
  settings: await settingsOf(t.tenantId),
});
const identitiesOf = async (t: SeededTenant) => getDb().select().from(userIdentities).where(eq(userIdentities.userId, admin(t).userId));
const OIDC = { issuer: "https://idp.example.com", clientId: "gatehouse", clientSecret: "coverage-client-secret" };
const SAML_METADATA =
  '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.example.com/saml">' +
  '<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIBfake</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>' +
  '<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>';
const seedTestedOidc = async (t: SeededTenant) => {
  await saveOidcConnection.execute(admin(t), OIDC, META);
  await recordSsoTest.execute(admin(t), { ok: true, summary: "signed in", configuredAt: Date.now() + 1000 }, META);
};

const account = async (t: SeededTenant) => ({
  user: (await getDb().select().from(users).where(eq(users.id, admin(t).userId)))[0],
  emailChanges: await getDb().select().from(emailChangeRequests).where(eq(emailChangeRequests.userId, admin(t).userId)),
  sessions: (await getDb().select({ idHash: sessions.idHash }).from(sessions).where(eq(sessions.userId, admin(t).userId))).map((r) => r.idHash),
});
/** Another session of the Admin (the fixture caller's own session id is "test", which has no row). */
const seedOtherSession = async (t: SeededTenant) =>
  hashSessionToken(await getDb().transaction((tx) => createSession(tx, { userId: admin(t).userId, tenantId: t.tenantId, ...META })));

const invitationsOf = (t: SeededTenant) => getDb().select().from(invitations).where(eq(invitations.tenantId, t.tenantId));
const seedInvitation = async (t: SeededTenant) =>
  (await createInvitations.execute(admin(t), { emails: ["invitee@example.test"], role: "consumer" }, META)).invited[0]!.id;

const twoFactorOf = async (userId: string) => ({
  secret: await getDb().select().from(userTwoFactor).where(eq(userTwoFactor.userId, userId)),
  codes: await getDb().select().from(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, userId)),
  sessions: (await getDb().select({ id: sessions.idHash }).from(sessions).where(eq(sessions.userId, userId))).length,
});
const adminTwoFactor = (t: SeededTenant) => twoFactorOf(admin(t).userId);
/** A second member with two-factor on and a session, for the Admin to reset. */
const seedEnrolledMember = async (t: SeededTenant) => {
  const [user] = await getDb().insert(users).values({ email: `enrolled-${t.tenantId}@example.test`, username: `enrolled-${t.tenantId.slice(0, 8)}`, name: "Enrolled" }).returning();
  await getDb().insert(memberships).values({ tenantId: t.tenantId, userId: user!.id, role: "consumer" });
  await getDb().insert(sessions).values({ idHash: `coverage-${user!.id}`, userId: user!.id, tenantId: t.tenantId, idleExpiresAt: new Date(Date.now() + 3600_000), absoluteExpiresAt: new Date(Date.now() + 3600_000) });
  await enrolTwoFactor(user!.id);
  return user!.id;
};

/** A second member of the tenant (a Consumer unless told), for the member actions. */
const seedMember = async (t: SeededTenant, status: "active" | "inactive" = "active") => {
  const handle = crypto.randomUUID().slice(0, 8);
  const [user] = await getDb().insert(users).values({ email: `extra-${handle}@example.test`, username: `extra-${handle}`, name: "Extra member" }).returning();
  await getDb().transaction((tx) => addMembership(tx, { tenantId: t.tenantId, userId: user!.id, role: "consumer", status }));
  return user!.id;
};
const membersOf = async (t: SeededTenant) => ({
  memberships: await getDb().select().from(memberships).where(eq(memberships.tenantId, t.tenantId)),
  workspaces: await getDb().select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.tenantId, t.tenantId)),
});
const serviceAccountsOf = async (t: SeededTenant) =>
  getDb()
    .select({ id: serviceAccounts.userId, description: serviceAccounts.description, name: users.name, role: memberships.role, status: memberships.status })
    .from(serviceAccounts)
    .innerJoin(users, eq(users.id, serviceAccounts.userId))
    .innerJoin(memberships, and(eq(memberships.userId, serviceAccounts.userId), eq(memberships.tenantId, serviceAccounts.tenantId)))
    .where(eq(serviceAccounts.tenantId, t.tenantId));
const seedServiceAccount = async (t: SeededTenant) =>
  (await createServiceAccount.execute(admin(t), { name: "Coverage robot", description: "", role: "consumer" }, META)).id;
/** The fixture caller's session ("test") in the first tenant, and a second tenant the Admin also belongs to. */
const seedSecondTenant = async (t: SeededTenant) => {
  const other = await seedTenant(["admin"]);
  await getDb().transaction((tx) => addMembership(tx, { tenantId: other.tenantId, userId: admin(t).userId, role: "consumer" }));
  const times = { idleExpiresAt: new Date(Date.now() + 3_600_000), absoluteExpiresAt: new Date(Date.now() + 3_600_000) };
  const caller = admin(t);
  const idHash = caller.kind === "user" ? caller.sessionIdHash : "";
  await getDb()
    .insert(sessions)
    .values({ idHash, userId: admin(t).userId, tenantId: t.tenantId, ...times })
    .onConflictDoUpdate({ target: sessions.idHash, set: { userId: admin(t).userId, tenantId: t.tenantId, ...times } });
  return other.tenantId;
};

export const ACTION_FIXTURES: Record<string, ActionFixture> = {
  "members/change-member-role.ts#changeMemberRole": { input: async (t) => ({ userId: await seedMember(t), role: "builder" }), state: membersOf },
  "members/member-status.ts#deactivateMember": { input: async (t) => ({ userId: await seedMember(t) }), state: membersOf },
  "members/member-status.ts#reactivateMember": { input: async (t) => ({ userId: await seedMember(t, "inactive") }), state: membersOf },
  "members/patch-member.ts#updateMember": { input: async (t) => ({ userId: await seedMember(t), status: "inactive" }), state: membersOf },
  "members/remove-member.ts#removeMember": { input: async (t) => ({ userId: await seedMember(t) }), state: membersOf, events: 2 },
  "members/switch-tenant.ts#switchTenant": {
    input: async (t) => ({ tenantId: await seedSecondTenant(t) }),
    state: async (t) => getDb().select({ tenantId: sessions.tenantId }).from(sessions).where(eq(sessions.userId, admin(t).userId)),
  },
  "service-accounts/create-service-account.ts#createServiceAccount": {
    input: async () => ({ name: "Deploy robot", description: "CI", role: "builder" }),
    state: serviceAccountsOf,
  },
  "service-accounts/update-service-account.ts#updateServiceAccount": {
    input: async (t) => ({ id: await seedServiceAccount(t), name: "Renamed robot", description: "Changed", role: "builder" }),
    state: serviceAccountsOf,
  },
  "service-accounts/service-account-status.ts#setServiceAccountStatus": {
    input: async (t) => ({ id: await seedServiceAccount(t), status: "inactive" }),
    state: serviceAccountsOf,
  },
  "service-accounts/delete-service-account.ts#deleteServiceAccount": { input: async (t) => ({ id: await seedServiceAccount(t) }), state: serviceAccountsOf },
  "service-accounts/regenerate-service-account-key.ts#regenerateServiceAccountKey": {
    input: async (t) => {
      const serviceAccountId = await seedServiceAccount(t);
      const { key } = await createServiceAccountKey.execute(admin(t), { serviceAccountId, name: "Robot key", scope: "read", expiry: "30d" }, META);
      return { serviceAccountId, id: key.id };
    },
    state: keysOf,
  },
  "service-accounts/create-service-account-key.ts#createServiceAccountKey": {
    input: async (t) => ({ serviceAccountId: await seedServiceAccount(t), name: "Robot key", scope: "read", expiry: "30d" }),
    state: keysOf,
  },
  "two-factor/start-two-factor-enrolment.ts#startTwoFactorEnrolmentInTx": { input: async () => ({ password: PASSWORD }), state: adminTwoFactor },
  "two-factor/confirm-two-factor-enrolment.ts#confirmTwoFactorEnrolment": {
    input: async (t) => ({ code: totpCode((await startTwoFactorEnrolment.execute(admin(t), { password: PASSWORD }, META)).manualKey, Date.now()) }),
    state: adminTwoFactor,
  },
  "two-factor/regenerate-recovery-codes.ts#regenerateRecoveryCodesInTx": {
    input: async (t) => (await enrolTwoFactor(admin(t).userId), { password: PASSWORD }),
    state: adminTwoFactor,
  },
  "two-factor/disable-two-factor.ts#disableTwoFactorInTx": {
    input: async (t) => ({ password: PASSWORD, code: (await enrolTwoFactor(admin(t).userId)).recoveryCodes[0] }),
    state: adminTwoFactor,
  },
  "two-factor/reset-member-two-factor.ts#resetMemberTwoFactor": {
    input: async (t) => ({ userId: await seedEnrolledMember(t) }),
    state: async (t) => twoFactorOf((await getDb().select({ id: users.id }).from(users).where(eq(users.email, `enrolled-${t.tenantId}@example.test`)))[0]!.id),
  },
  "profile/update-profile.ts#updateProfile": { input: async (t) => ({ name: "Renamed admin", username: `renamed-${t.tenantId.slice(0, 8)}` }), state: account },
  "profile/request-email-change.ts#requestEmailChangeInTx": {
    input: async (t) => ({ newEmail: `moved-${t.tenantId.slice(0, 8)}@example.test`, currentPassword: PASSWORD }),
    state: account,
  },
  "profile/change-password.ts#changePasswordInTx": {
    input: async (t) => {
      await seedOtherSession(t);
      return { currentPassword: PASSWORD, newPassword: "violet tractor sings at dawn", confirmPassword: "violet tractor sings at dawn" };
    },
    state: account,
  },
  "profile/revoke-session.ts#revokeSession": { input: async (t) => ({ sessionId: sessionRef(await seedOtherSession(t)) }), state: account },
  "profile/revoke-other-sessions.ts#revokeOtherSessions": {
    input: async (t) => {
      await seedOtherSession(t);
      return {};
    },
    state: account,
  },
  "invitations/create-invitations.ts#createInvitations": {
    input: async () => ({ emails: "ann@example.test, bob@example.test", role: "builder" }),
    state: invitationsOf,
    events: 2,
  },
  "invitations/resend-invitation.ts#resendInvitation": { input: async (t) => ({ id: await seedInvitation(t) }), state: invitationsOf },
  "invitations/cancel-invitation.ts#cancelInvitation": { input: async (t) => ({ id: await seedInvitation(t) }), state: invitationsOf },
  "sso/save-oidc-connection.ts#saveOidcConnection": { input: async () => OIDC, state: sso },
  "sso/save-saml-connection.ts#saveSamlConnection": { input: async () => ({ idpMetadata: SAML_METADATA }), state: sso },
  "sso/save-role-mapping.ts#saveRoleMapping": { input: async () => ({ rules: "gh-admins = admin\nengineering = builder" }), state: sso },
  "sso/sso-policy.ts#updateSsoPolicy": { input: async () => ({ defaultRole: "builder", ssoSessionHours: "24", ssoStrict: "on" }), state: sso },
  "sso/record-sso-test.ts#recordSsoTest": {
    input: async (t) => {
      await saveOidcConnection.execute(admin(t), OIDC, META);
      return { ok: true, summary: "signed in", configuredAt: Date.now() + 1000 };
    },
    state: sso,
  },
  "sso/set-sso-enabled.ts#setSsoEnabled": {
    input: async (t) => {
      await seedTestedOidc(t);
      return { enabled: "on" };
    },
    state: sso,
  },
  "social/social-policy.ts#updateSocialProviders": { input: async () => ({ allowGoogle: "on", allowGithub: "on" }), state: sso },
  "social/link-identity.ts#linkIdentity": { input: async (t) => ({ provider: "github", subject: `gh-${t.tenantId}` }), state: identitiesOf },
  "social/unlink-identity.ts#unlinkIdentity": {
    input: async (t) => {
      await getDb().insert(userIdentities).values({ userId: admin(t).userId, provider: "google", subject: `g-${t.tenantId}` });
      return { provider: "google" };
    },
    state: identitiesOf,
  },
  "api-keys/create-api-key.ts#createApiKey": { input: async () => ({ name: "Coverage key", scope: "write", expiry: "7d" }), state: keysOf },
  "api-keys/update-api-key.ts#updateApiKey": { input: async (t) => ({ id: await seedKey(t), name: "Renamed key", description: "Changed" }), state: keysOf },
  "api-keys/regenerate-api-key.ts#regenerateApiKey": { input: async (t) => ({ id: await seedKey(t) }), state: keysOf },
  "api-keys/delete-api-key.ts#deleteApiKey": { input: async (t) => ({ id: await seedKey(t) }), state: keysOf },
  "api-keys/revoke-api-key.ts#revokeApiKey": { input: async (t) => ({ id: await seedKey(t) }), state: keysOf },
  "groups/create-group.ts#createGroup": { input: async () => ({ name: "Coverage group", description: "Made by the coverage test" }), state: groupsOf },
  "groups/update-group.ts#updateGroup": {
    input: async (t) => ({ groupId: await seedGroup(t), name: "Renamed group", description: "Changed" }),
    state: groupsOf,
  },
  "groups/delete-group.ts#deleteGroup": { input: async (t) => ({ groupId: await seedGroup(t), confirmName: "Coverage group" }), state: groupsOf },
  "groups/add-group-members.ts#addGroupMembers": {
    input: async (t) => ({ groupIds: [await seedGroup(t)], userIds: [admin(t).userId] }),
    state: groupsOf,
  },
  "groups/remove-group-member.ts#removeGroupMember": {
    input: async (t) => ({ groupId: await seedGroupWithAdmin(t), userId: admin(t).userId }),
    state: groupsOf,
  },
  "workspaces/create-workspace.ts#createWorkspace": {
    input: async () => ({ name: "coverage-ws", displayName: "Coverage", description: "" }),
    state: workspacesOf,
  },
  "tenants/update-general-settings.ts#updateGeneralSettings": {
    input: async () => ({ name: "Renamed by coverage" }),
    state: async (t) => (await getDb().select({ name: tenants.name }).from(tenants).where(eq(tenants.id, t.tenantId)))[0],
  },
  "settings/general-policies.ts#updateDateTimeFormat": { input: async () => ({ dateFormat: "DD/MM/YYYY", timeFormat: "24h" }), state: settings },
  "settings/general-policies.ts#updateTwoFactorRequirement": { input: async () => ({ requireTwoFactor: "on" }), state: settings },
  "settings/general-policies.ts#updateApiKeyPolicy": { input: async () => ({ maxApiKeysPerOwner: "10", maxApiKeyLifetimeDays: "90" }), state: settings },
  "settings/general-policies.ts#updateInvitationLifetime": { input: async () => ({ invitationLifetimeDays: "14" }), state: settings },
  "settings/default-workspace.ts#updateDefaultWorkspace": {
    input: async (t) => {
      const workspace = await createWorkspace.execute(admin(t), { name: "onboarding", displayName: "Onboarding", description: "" }, META);
      return { defaultWorkspaceId: workspace.id, defaultWorkspaceRole: "viewer" };
    },
    state: settings,
  },
  "settings/general-policies.ts#updateAuditRetention": { input: async () => ({ auditRetentionDays: "7" }), state: settings },
  "settings/security-policies.ts#updateAuthorizedDomains": { input: async () => ({ authorizedDomains: "example.test" }), state: settings },
  "settings/security-policies.ts#updateSessionPolicy": { input: async () => ({ sessionIdleMinutes: "30", sessionAbsoluteHours: "8" }), state: settings },
  "settings/security-policies.ts#updatePasswordPolicy": { input: async () => ({ passwordMinLength: "14" }), state: settings },
  "settings/ai-settings.ts#updateAiSettings": {
    input: async () => ({ copilotTestDataAccess: "on", aiProvider: "platform", aiRequestsPerMinute: "50", aiMegabytesPerMinute: "5" }),
    state: settings,
  },
  "settings/logo-actions.ts#uploadTenantLogo": { input: async () => ({ logo: new File([PNG], "logo.png", { type: "image/png" }) }), state: logo },
  "settings/logo-actions.ts#setTenantLogoUrl": { input: async () => ({ logoUrl: "https://cdn.example.com/logo.png" }), state: logo },
  "settings/logo-actions.ts#removeTenantLogo": {
    input: async (t) => {
      await setTenantLogoUrl.execute(admin(t), { logoUrl: "https://cdn.example.com/logo.png" }, META);
      return {};
    },
    state: logo,
  },
  "audit/stream/create-stream-destination.ts#createStreamDestination": {
    input: async () => ({ kind: "splunk_hec", name: "Splunk", url: "https://splunk.example.test", secret: "hec-token-123" }),
    state: destinations,
  },
  "audit/stream/update-stream-destination.ts#updateStreamDestination": {
    input: async (t) => ({ id: await seedDestination(t), name: "Renamed hook", url: "https://siem.example.test/other", secret: "", enabled: "on" }),
    state: async (t) => (await destinations(t)).map(({ name, url }) => ({ name, url })),
  },
  "audit/stream/delete-stream-destination.ts#deleteStreamDestination": {
    input: async (t) => ({ id: await seedDestination(t) }),
    state: async (t) => (await destinations(t)).map((d) => d.id),
  },
};
