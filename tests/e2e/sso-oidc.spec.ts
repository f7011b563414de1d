import type { Browser, Page } from "@playwright/test";
import { startOidcProvider, type TestOidcProvider } from "../support/oidc-provider";
import { E2E_PORT } from "./support/e2e-users";
import { expect, signInThroughForm, test } from "./support/test";

// One IdP for the file on a port derived from E2E_PORT; the tests build on each other (configure → sign in → map).
// Each test runs whole sign-ins through the IdP (several redirects and page loads): slow on a loaded machine.
test.describe.configure({ mode: "serial" });
test.beforeEach(() => test.slow());

let idp: TestOidcProvider;
const domainOf = (email: string) => email.slice(email.indexOf("@") + 1);

test.beforeAll(async () => {
  idp = await startOidcProvider({ port: E2E_PORT + 10, redirectUri: `http://localhost:${E2E_PORT}/api/sso/oidc/callback` });
});
test.afterAll(async () => {
  await idp?.stop();
});

/** The IdP's own login form (any password for a known login). */
async function loginAtIdp(page: Page, login: string) {
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

/** "Sign in with SSO" from the sign-in page in a browser of its own; returns the page where it ends. */
async function ssoSignIn(browser: Browser, email: string, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Sign in with SSO" }).click();
  await page.getByLabel("Work e-mail or tenant name").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("link", { name: /^Continue to .* SSO$/ }).click();
  await loginAtIdp(page, login);
  return page;
}

test("an Admin configures tenant OIDC, must test it before enabling, and role mapping needs an Admin rule", async ({ pageAs, fixtures }) => {
  const domain = domainOf(fixtures.users.ssoBuilder!.email);
  idp.users.set("tester", { email: `tester@${domain}`, name: "Tess Tester", groups: ["gh-admins"] });
  const page = await pageAs("ssoAdmin");
  await page.goto("/settings/security");

  const domains = page.getByTestId("form-authorized_domains");
  await domains.getByLabel("Authorized domains").fill(domain);
  await domains.getByRole("button", { name: "Save" }).click();
  await expect(domains.getByTestId("form-success")).toHaveText("Authorized domains saved.");

  const connection = page.getByTestId("form-sso_connection");
  await connection.getByLabel("Issuer URL").fill("http://idp.example.com");
  await connection.getByLabel("Client ID").fill(idp.clientId);
  await connection.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#field-issuer-error")).toHaveText("Enter the issuer's https URL (plain http only for localhost).");
  await connection.getByLabel("Issuer URL").fill(idp.issuer);
  await connection.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#field-clientSecret-error")).toHaveText("Enter the client secret.");
  await connection.getByLabel("Client secret").fill(idp.clientSecret);
  await connection.getByRole("button", { name: "Save" }).click();
  await expect(connection.getByTestId("form-success")).toHaveText("Identity provider saved. Test the connection, then enable it.");
  await page.reload();
  // The secret is never shown again.
  await expect(page.getByTestId("form-sso_connection").getByLabel("Client secret")).toHaveValue("");

  const enable = page.getByTestId("form-sso_enabled");
  await enable.getByLabel("Enable SSO sign-in").check();
  await enable.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#field-enabled-error")).toHaveText("Test the connection successfully before enabling it.");

  const [tab] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: "Test connection (opens a new tab)" }).click()]);
  await loginAtIdp(tab, "tester");
  await expect(tab).toHaveURL(/\/settings\/security\?sso_test=done/);
  await expect(tab.getByTestId("sso-test-result")).toHaveText(`Succeeded: signed in as tester@${domain}; IdP groups: gh-admins`);
  await tab.close();

  await page.reload();
  await page.getByTestId("form-sso_enabled").getByLabel("Enable SSO sign-in").check();
  await page.getByTestId("form-sso_enabled").getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("form-sso_enabled").getByTestId("form-success")).toHaveText("SSO sign-in setting saved.");

  const mapping = page.getByTestId("form-sso_role_mapping");
  await mapping.getByLabel("Rules").fill("engineering = builder");
  await mapping.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#field-rules-error")).toHaveText("At least one rule must grant Admin, or SSO sign-ins could leave the tenant without an Admin.");
  await mapping.getByLabel("Rules").fill("gh-admins = admin\nengineering = builder");
  await mapping.getByRole("button", { name: "Save" }).click();
  await expect(mapping.getByTestId("form-success")).toHaveText("Role mapping saved.");
});

test("the first SSO sign-in of an authorized e-mail creates an Active member with the default role", async ({ browser, fixtures }) => {
  const domain = domainOf(fixtures.users.ssoBuilder!.email);
  idp.users.set("alice", { email: `alice@${domain}`, name: "Alice Example", groups: [] });
  const page = await ssoSignIn(browser, `alice@${domain}`, "alice");
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await expect(page.getByTestId("profile-e-mail")).toHaveText(`alice@${domain}`);
  await expect(page.getByTestId("profile-tenant")).toHaveText(fixtures.tenants.sso);
  await expect(page.getByTestId("profile-tenant-role")).toHaveText("Consumer");
  await page.context().close();
});

test("an IdP group mapped to Admin makes the member Admin; removing it at the IdP removes the role at the next sign-in", async ({ browser, fixtures }) => {
  const domain = domainOf(fixtures.users.ssoBuilder!.email);
  idp.users.set("boss", { email: `boss@${domain}`, name: "Bo Boss", groups: ["gh-admins", "engineering"] });
  const first = await ssoSignIn(browser, `boss@${domain}`, "boss");
  await expect(first.getByTestId("profile-tenant-role")).toHaveText("Admin");
  await first.context().close();

  idp.users.set("boss", { email: `boss@${domain}`, name: "Bo Boss", groups: ["engineering"] });
  const second = await ssoSignIn(browser, `boss@${domain}`, "boss");
  await expect(second.getByTestId("profile-tenant-role")).toHaveText("Builder");
  await second.context().close();
});

test("an e-mail from an unauthorized domain is refused, and so is an e-mail that already has a password account", async ({ browser, fixtures }) => {
  idp.users.set("mallory", { email: "mallory@elsewhere.test", name: "Mallory", groups: ["gh-admins"] });
  const unauthorized = await ssoSignIn(browser, fixtures.users.ssoBuilder!.email, "mallory");
  await expect(unauthorized).toHaveURL(/\/sign-in\/sso\?error=unauthorized_domain$/);
  await expect(unauthorized.getByTestId("sso-error")).toHaveText("Unauthorized");
  await unauthorized.context().close();

  const linked = fixtures.users.ssoLinked!;
  idp.users.set("linked", { email: linked.email, name: "Linked", groups: [] });
  const page = await ssoSignIn(browser, linked.email, "linked");
  await expect(page.getByTestId("sso-error")).toHaveText(/already exists\. Sign in to it with your password first/);
  // The password account itself is untouched and still works.
  await signInThroughForm(page, linked.email);
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await page.context().close();
});

test("strict mode: a Builder's password sign-in is refused with a message about SSO; the Admin's still works", async ({ browser, pageAs, fixtures }) => {
  const admin = await pageAs("ssoAdmin");
  await admin.goto("/settings/security");
  const policy = admin.getByTestId("form-sso_policy");
  await policy.getByLabel("Strict mode").check();
  await policy.getByRole("button", { name: "Save" }).click();
  await expect(policy.getByTestId("form-success")).toHaveText("SSO policy saved.");

  const page = await (await browser.newContext()).newPage();
  await signInThroughForm(page, fixtures.users.ssoBuilder!.email);
  await expect(page.getByTestId("form-error")).toHaveText("Your organization requires single sign-on. Use “Sign in with SSO” instead of your password.");
  await signInThroughForm(page, fixtures.users.ssoAdmin!.email);
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await page.context().close();
});
