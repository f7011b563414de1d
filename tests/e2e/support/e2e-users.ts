import fs from "node:fs";
import path from "node:path";
import type { TenantRole } from "@/lib/authz/permissions";

// Overridable so that several checkouts can run their e2e suites side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_FRESH_PORT = Number(process.env.E2E_FRESH_PORT ?? E2E_PORT + 1);
export const E2E_DATA_DIR = path.resolve(".data-e2e");
export const E2E_FRESH_DATA_DIR = path.resolve(".data-e2e-fresh");
export const E2E_PASSWORD = "correct-horse-battery-staple-42";
/** Every mail the seeded server sends, one JSON object a line (see serve-seeded.ts and mailbox.ts). */
export const E2E_MAILBOX_FILE = path.join(E2E_DATA_DIR, "mailbox.jsonl");

export type E2EUser = { id: string; key: string; email: string; username: string; name: string; role: TenantRole };
export type E2ETenant = "main" | "other" | "refusals" | "formats" | "branding" | "domains" | "audit" | "sso" | "saml" | "profile" | "invites" | "twoFactorRequired" | "members" | "social" | "robots";
export type E2EFixtures = {
  tenantName: string;
  otherTenantName: string;
  tenants: Record<E2ETenant, string>;
  users: Record<string, E2EUser>;
  /** A group (with the Admin in it) bound to a workspace, for pages that need something to show. */
  sample: { groupId: string; workspaceName: string };
};

/** Who the seeded server knows; each spec uses its own users so specs can run in parallel. */
export const USER_PLAN: { key: string; role: TenantRole; tenant: E2ETenant; emailDomain?: string; alsoIn?: { tenant: E2ETenant; role: TenantRole } }[] = [
  { key: "admin", role: "admin", tenant: "main" },
  { key: "builder", role: "builder", tenant: "main" },
  { key: "consumer", role: "consumer", tenant: "main" },
  { key: "throttled", role: "consumer", tenant: "main" },
  { key: "revoked", role: "builder", tenant: "main" },
  { key: "wrongPassword", role: "consumer", tenant: "main" },
  { key: "otherAdmin", role: "admin", tenant: "other" },
  // Settings specs change tenant-wide behaviour, so each works in a tenant of its own.
  { key: "refusalsAdmin", role: "admin", tenant: "refusals" },
  { key: "refusalsBuilder", role: "builder", tenant: "refusals" },
  { key: "refusalsConsumer", role: "consumer", tenant: "refusals" },
  { key: "formatsAdmin", role: "admin", tenant: "formats" },
  { key: "brandingAdmin", role: "admin", tenant: "branding" },
  { key: "domainsAdmin", role: "admin", tenant: "domains", emailDomain: "other.org" },
  { key: "domainsBuilder", role: "builder", tenant: "domains", emailDomain: "other.org" },
  { key: "secopsConsumer", role: "consumer", tenant: "main" },
  { key: "secopsBuilder", role: "builder", tenant: "main" },
  { key: "vaultReader", role: "consumer", tenant: "main" },
  { key: "shiftWorker", role: "consumer", tenant: "main" },
  { key: "wsOwner", role: "builder", tenant: "main" },
  { key: "wsContributor", role: "consumer", tenant: "main" },
  { key: "wsOutsider", role: "consumer", tenant: "main" },
  { key: "auditAdmin", role: "admin", tenant: "audit" },
  { key: "auditBuilder", role: "builder", tenant: "audit" },
  { key: "auditConsumer", role: "consumer", tenant: "audit" },
  { key: "keyHolder", role: "consumer", tenant: "main" },
  { key: "keyCollector", role: "builder", tenant: "main" },
  { key: "keyEditor", role: "builder", tenant: "main" },
  { key: "keyLeaker", role: "consumer", tenant: "main" },
  // "{run}": a domain of this run only, so "Sign in with SSO" by domain never finds an earlier run's tenant.
  { key: "ssoAdmin", role: "admin", tenant: "sso" },
  { key: "ssoBuilder", role: "builder", tenant: "sso", emailDomain: "sso-{run}.test" },
  { key: "ssoLinked", role: "consumer", tenant: "sso", emailDomain: "sso-{run}.test" },
  { key: "samlAdmin", role: "admin", tenant: "saml", emailDomain: "saml-{run}.test" },
  // The profile spec changes addresses, passwords and sessions of its own users.
  { key: "profileMailer", role: "consumer", tenant: "profile" },
  { key: "profileTraveller", role: "builder", tenant: "profile" },
  { key: "profileChanger", role: "consumer", tenant: "profile" },
  { key: "profileEditor", role: "consumer", tenant: "profile" },
  // One Admin per invitations test: parallel sign-ins of one account can deadlock on its throttle rows.
  { key: "invitesAdmin", role: "admin", tenant: "invites" },
  { key: "invitesJoinAdmin", role: "admin", tenant: "invites" },
  { key: "invitesExpiryAdmin", role: "admin", tenant: "invites" },
  { key: "invitesAxeAdmin", role: "admin", tenant: "invites" },
  { key: "invitesBuilder", role: "builder", tenant: "invites" },
  // A user of another tenant whom the invitations spec invites: joining must not need a new account.
  { key: "invitesElsewhere", role: "consumer", tenant: "main" },
  { key: "totpUser", role: "consumer", tenant: "main" },
  { key: "resetUser", role: "consumer", tenant: "main" },
  { key: "resetLateUser", role: "consumer", tenant: "main" },
  { key: "requiredAdmin", role: "admin", tenant: "twoFactorRequired" },
  { key: "requiredMember", role: "consumer", tenant: "twoFactorRequired" },
  { key: "membersAdmin", role: "admin", tenant: "members" },
  { key: "membersBuilder", role: "builder", tenant: "members" },
  { key: "membersRoleTarget", role: "consumer", tenant: "members" },
  { key: "membersDeactivated", role: "consumer", tenant: "members" },
  { key: "membersSwitcher", role: "builder", tenant: "members", alsoIn: { tenant: "other", role: "admin" } },
  { key: "robotsAdmin", role: "admin", tenant: "robots" },
  { key: "socialAdmin", role: "admin", tenant: "social", emailDomain: "social-{run}.test" },
  { key: "socialMember", role: "builder", tenant: "social", emailDomain: "social-{run}.test" },
];

/** The seeded server's social providers point at stand-ins that tests/e2e/social-sign-in.spec.ts runs on these ports. */
export const E2E_SOCIAL_PORTS = { github: E2E_PORT + 20, google: E2E_PORT + 21, microsoft: E2E_PORT + 22 };
export const E2E_SOCIAL_CLIENT = { id: "gatehouse-test", secret: "idp-test-secret-0123456789abcdef", githubId: "gatehouse-github-test", githubSecret: "github-test-secret-0123456789abcdef" };

const FIXTURES_FILE = path.join(E2E_DATA_DIR, "fixtures.json");

export function writeFixtures(fixtures: E2EFixtures): void {
  fs.mkdirSync(E2E_DATA_DIR, { recursive: true });
  fs.writeFileSync(FIXTURES_FILE, JSON.stringify(fixtures, null, 2));
}

export function readFixtures(): E2EFixtures {
  return JSON.parse(fs.readFileSync(FIXTURES_FILE, "utf8")) as E2EFixtures;
}
