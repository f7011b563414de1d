import type { Browser, Page } from "@playwright/test";
import { startSamlIdp, type SamlMode, type TestSamlIdp } from "../support/saml-idp";
import { E2E_PORT } from "./support/e2e-users";
import { expect, test } from "./support/test";

// One IdP for the file on a port derived from E2E_PORT; configuring comes first.
test.describe.configure({ mode: "serial" });
test.beforeEach(() => test.slow());

let idp: TestSamlIdp;
const domainOf = (email: string) => email.slice(email.indexOf("@") + 1);

test.beforeAll(async () => {
  idp = await startSamlIdp({ port: E2E_PORT + 11 });
});
test.afterAll(async () => {
  await idp?.stop();
});

async function loginAtIdp(page: Page, login: string) {
  await page.getByLabel("Login").fill(login);
  await page.getByRole("button", { name: "Sign in at IdP" }).click();
  await page.getByRole("button", { name: "Continue to the service" }).click();
}

async function samlSignIn(browser: Browser, email: string, login: string, mode: SamlMode): Promise<Page> {
  idp.mode = mode;
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/sign-in/sso?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: /^Continue to .* SSO$/ }).click();
  await loginAtIdp(page, login);
  return page;
}

test("an Admin pastes IdP metadata, sees the SP details, tests the connection and enables SAML sign-in", async ({ pageAs, fixtures }) => {
  const domain = domainOf(fixtures.users.samlAdmin!.email);
  idp.users.set("tester", { email: `tester@${domain}`, name: "Tess", groups: ["staff"] });
  const page = await pageAs("samlAdmin");
  await page.goto("/settings/security");
  const domains = page.getByTestId("form-authorized_domains");
  await domains.getByLabel("Authorized domains").fill(domain);
  await domains.getByRole("button", { name: "Save" }).click();
  await expect(domains.getByTestId("form-success")).toHaveText("Authorized domains saved.");

  await expect(page.getByTestId("saml-acs-url")).toHaveText(new RegExp(`^http://localhost:${E2E_PORT}/api/sso/saml/[0-9a-f-]{36}/acs$`));
  const metadataUrl = (await page.getByTestId("saml-metadata-url").textContent())!;
  expect(await page.getByTestId("saml-entity-id").textContent()).toBe(metadataUrl);

  const form = page.getByTestId("form-sso_saml");
  await form.getByLabel("IdP metadata XML").fill("<EntityDescriptor/>");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#field-idpMetadata-error")).toHaveText("Paste the identity provider's SAML 2.0 metadata (an EntityDescriptor with an IDPSSODescriptor).");
  await form.getByLabel("IdP metadata XML").fill(idp.metadataXml);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByTestId("form-success")).toHaveText("SAML identity provider saved. Test the connection, then enable it.");

  // The SP metadata is served for the IdP administrator.
  const spMetadata = await page.request.get(metadataUrl);
  expect(spMetadata.headers()["content-type"]).toContain("application/samlmetadata+xml");
  expect(await spMetadata.text()).toContain(`entityID="${metadataUrl}"`);

  await page.reload();
  const [tab] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: "Test connection (opens a new tab)" }).click()]);
  await loginAtIdp(tab, "tester");
  await expect(tab.getByTestId("sso-test-result")).toHaveText(`Succeeded: signed in as tester@${domain}; IdP groups: staff`);
  await tab.close();
  await page.reload();
  await page.getByTestId("form-sso_enabled").getByLabel("Enable SSO sign-in").check();
  await page.getByTestId("form-sso_enabled").getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("form-sso_enabled").getByTestId("form-success")).toHaveText("SSO sign-in setting saved.");
});

for (const mode of ["tampered", "unsigned", "wrong-audience", "expired"] as const) {
  test(`a ${mode} assertion is refused`, async ({ browser, fixtures }) => {
    const domain = domainOf(fixtures.users.samlAdmin!.email);
    idp.users.set("sam", { email: `sam@${domain}`, name: "Sam", groups: [] });
    const refused = await samlSignIn(browser, `sam@${domain}`, "sam", mode);
    await expect(refused).toHaveURL(/\/sign-in\/sso\?error=sso_failed$/);
    await expect(refused.getByTestId("sso-error")).toHaveText("Single sign-on failed. Please try again or contact your administrator.");
    await refused.context().close();
  });
}

test("a signed assertion signs a new member in", async ({ browser, fixtures }) => {
  const domain = domainOf(fixtures.users.samlAdmin!.email);
  idp.users.set("sam", { email: `sam@${domain}`, name: "Sam", groups: [] });
  const page = await samlSignIn(browser, `sam@${domain}`, "sam", "ok");
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await expect(page.getByTestId("profile-e-mail")).toHaveText(`sam@${domain}`);
  await expect(page.getByTestId("profile-tenant-role")).toHaveText("Consumer");
  await page.context().close();
});
