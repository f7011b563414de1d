import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { startGithubStandIn, type TestGithub } from "../support/github-oauth";
import { startOidcProvider, type TestOidcProvider } from "../support/oidc-provider";
import { E2E_PORT, E2E_SOCIAL_PORTS } from "./support/e2e-users";
import { expect, test } from "./support/test";

// The seeded server's GitHub, Google and Microsoft point at these stand-ins (tests/e2e/support/serve-seeded.ts); the tests build
// on each other (the Admin allows the providers first).
test.describe.configure({ mode: "serial" });
test.beforeEach(() => test.slow());

let github: TestGithub;
let google: TestOidcProvider;
let microsoft: TestOidcProvider;
const callback = (provider: string) => `http://localhost:${E2E_PORT}/api/social/${provider}/callback`;
const domainOf = (email: string) => email.slice(email.indexOf("@") + 1);

test.beforeAll(async () => {
  github = await startGithubStandIn({ port: E2E_SOCIAL_PORTS.github, redirectUri: callback("github") });
  google = await startOidcProvider({ port: E2E_SOCIAL_PORTS.google, redirectUri: callback("google") });
  // Entra ID names the directory (tid) and the user in it (oid); the pair is the identity, never the e-mail.
  microsoft = await startOidcProvider({ port: E2E_SOCIAL_PORTS.microsoft, redirectUri: callback("microsoft"), extraClaims: ["tid", "oid"] });
});
test.afterAll(async () => {
  await Promise.all([github?.stop(), google?.stop(), microsoft?.stop()]);
});

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function signInWithGithub(browser: Browser, login: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Sign in with GitHub" }).click();
  await expect(page).toHaveURL(new RegExp(`^${github.url}/login/oauth/authorize`));
  await page.getByLabel("Username").fill(login);
  await page.getByRole("button", { name: "Authorize" }).click();
  return page;
}

async function loginAtStandIn(page: Page, provider: TestOidcProvider, login: string) {
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("an Admin allows GitHub; a colleague at the tenant's domain signs in with GitHub, a password account's e-mail is refused", async ({ browser, pageAs, fixtures }) => {
  const member = fixtures.users.socialMember!;
  const domain = domainOf(member.email);
  const admin = await pageAs("socialAdmin");
  await admin.goto("/settings/security");
  const domains = admin.getByTestId("form-authorized_domains");
  await domains.getByLabel("Authorized domains").fill(domain);
  await domains.getByRole("button", { name: "Save" }).click();
  await expect(domains.getByTestId("form-success")).toHaveText("Authorized domains saved.");
  const social = admin.getByTestId("form-social_providers");
  await social.getByLabel("Allow sign-in with GitHub").check();
  await social.getByLabel("Allow sign-in with Google").check();
  await social.getByRole("button", { name: "Save" }).click();
  await expect(social.getByTestId("form-success")).toHaveText("Social sign-in saved.");

  const login = `octo-${randomUUID().slice(0, 6)}`;
  github.users.set(login, { id: Math.floor(Math.random() * 1e9), login, name: "Octo Colleague", emails: [{ email: `${login}@${domain}`, primary: true, verified: true }] });
  const newcomer = await signInWithGithub(browser, login);
  await expect(newcomer).toHaveURL(/\/settings\/profile$/);
  await expect(newcomer.getByTestId("linked-github")).toContainText("GitHub: linked");

  const impostor = `impostor-${randomUUID().slice(0, 6)}`;
  github.users.set(impostor, { id: Math.floor(Math.random() * 1e9), login: impostor, name: null, emails: [{ email: member.email, primary: true, verified: true }] });
  const refused = await signInWithGithub(browser, impostor);
  await expect(refused).toHaveURL(/\/sign-in\?error=link_required$/);
  await expect(refused.getByTestId("social-error")).toContainText("Sign in with your password, then link this provider from your profile.");
});

test("a member links Google from the profile, then signs in with it", async ({ browser, pageAs, fixtures }) => {
  const member = fixtures.users.socialMember!;
  const login = `g-${randomUUID()}`;
  google.users.set(login, { email: `private-${login}@gmail.test`, name: "Private Google", groups: [] });
  const page = await pageAs("socialMember", { fresh: true });
  await page.goto("/settings/profile");
  await expect(page.getByTestId("linked-google")).toContainText("Google: not linked");
  await page.getByRole("link", { name: "Connect Google" }).click();
  await loginAtStandIn(page, google, login);
  await expect(page).toHaveURL(/\/settings\/profile\?linked=google#linked-accounts$/);
  await expect(page.getByRole("status").filter({ hasText: "Google account linked." })).toBeVisible();
  await expect(page.getByTestId("linked-google")).toContainText("Google: linked");

  const again = await newPage(browser);
  await again.goto("/sign-in");
  await again.getByRole("link", { name: "Sign in with Google" }).click();
  await loginAtStandIn(again, google, login);
  await expect(again).toHaveURL(/\/settings\/profile$/);
  // Signed in as the member who linked it: their username in the profile form, their Google identity listed.
  await expect(again.getByLabel("Username")).toHaveValue(member.username);
  await expect(again.getByTestId("linked-google")).toContainText("Google: linked");

  // The member keeps a password, so unlinking is allowed.
  const card = again.getByTestId("linked-accounts");
  await card.getByRole("button", { name: "Unlink Google" }).click();
  await card.getByRole("button", { name: "Unlink Google" }).click();
  // The card is rendered again from the database (the confirming form goes with the row).
  await expect(card.getByTestId("linked-google")).toContainText("Google: not linked");
  await again.reload();
  await expect(again.getByTestId("linked-google")).toContainText("Google: not linked");
});

test("an Admin allows Microsoft; a newcomer signs in with Entra ID, keyed by directory and user id, and an impostor of the same e-mail is refused", async ({ browser, pageAs, fixtures }) => {
  const domain = domainOf(fixtures.users.socialMember!.email);
  const admin = await pageAs("socialAdmin");
  await admin.goto("/settings/security");
  const social = admin.getByTestId("form-social_providers");
  await social.getByLabel("Allow sign-in with Microsoft").check();
  await social.getByRole("button", { name: "Save" }).click();
  await expect(social.getByTestId("form-success")).toHaveText("Social sign-in saved.");

  const signInWithMicrosoft = async (login: string) => {
    const page = await newPage(browser);
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Sign in with Microsoft" }).click();
    await loginAtStandIn(page, microsoft, login);
    return page;
  };
  const login = `ms-${randomUUID().slice(0, 6)}`;
  const email = `${login}@${domain}`;
  microsoft.users.set(login, { email, name: "Entra Colleague", groups: [], extra: { tid: randomUUID(), oid: randomUUID() } });
  const newcomer = await signInWithMicrosoft(login);
  await expect(newcomer).toHaveURL(/\/settings\/profile$/);
  await expect(newcomer.getByTestId("linked-microsoft")).toContainText("Microsoft: linked");

  // Another directory's user with the same e-mail and object id is someone else.
  const impostor = `${login}-other`;
  microsoft.users.set(impostor, { email, name: "Impostor", groups: [], extra: { tid: randomUUID(), oid: randomUUID() } });
  const refused = await signInWithMicrosoft(impostor);
  await expect(refused).toHaveURL(/\/sign-in\?error=link_required$/);
});
