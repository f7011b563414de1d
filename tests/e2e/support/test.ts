import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { E2E_PASSWORD, readFixtures, type E2EFixtures, type E2EUser } from "./e2e-users";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
const signedInStates = new Map<string, StorageState>();

export async function signInThroughForm(page: Page, identifier: string, password = E2E_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail or username").fill(identifier);
  await page.getByLabel("Password").fill(password);
  // Wait for this submission's answer, so a message left from the previous attempt is never mistaken for it.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

/** A browser context signed in as `user`; the form is used once per worker and user, then the cookie is reused. */
async function contextFor(browser: Browser, user: E2EUser, fresh: boolean): Promise<BrowserContext> {
  const cached = fresh ? undefined : signedInStates.get(user.key);
  if (cached) return browser.newContext({ storageState: cached });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughForm(page, user.email);
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await page.close();
  if (!fresh) signedInStates.set(user.key, await context.storageState());
  return context;
}

type Fixtures = {
  fixtures: E2EFixtures;
  /** A page signed in as the seeded user with that key (`fresh: true` for a session of its own). */
  pageAs: (key: string, options?: { fresh?: boolean }) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  fixtures: async ({}, use) => {
    await use(readFixtures());
  },
  pageAs: async ({ browser, fixtures }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (key, options) => {
      const user = fixtures.users[key];
      if (!user) throw new Error(`no seeded user "${key}"`);
      const context = await contextFor(browser, user, options?.fresh ?? false);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect };
