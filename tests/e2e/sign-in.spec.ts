import { expect, signInThroughForm, test } from "./support/test";

const GENERIC = "The e-mail address, username or password is incorrect.";

test("sign in → console → sign out; the old cookie is dead afterwards", async ({ page, context, fixtures }) => {
  const admin = fixtures.users.admin!;
  await signInThroughForm(page, admin.username);
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await expect(page.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();
  await expect(page.getByTestId("profile-e-mail")).toHaveText(admin.email);
  await expect(page.getByTestId("profile-tenant-role")).toHaveText("Admin");
  await expect(page.getByTestId("sidebar-tenant")).toHaveText(fixtures.tenantName);
  await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link")).toHaveText(["Profile", "API keys", "Accounts", "Groups", "Roles", "Workspaces", "General", "AI", "Security", "Audit logs"]);

  const cookiesWhileSignedIn = await context.cookies();
  await page.getByLabel("Account menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=signed-out$/);
  await expect(page.getByRole("status")).toHaveText("You have signed out.");

  // A copy of the cookie taken before signing out no longer opens the console: the session row is gone.
  await context.addCookies(cookiesWhileSignedIn);
  await page.goto("/settings/profile");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a wrong password and an unknown account get the same message", async ({ page, fixtures }) => {
  await signInThroughForm(page, fixtures.users.wrongPassword!.email, "definitely-not-it");
  await expect(page.getByTestId("form-error")).toHaveText(GENERIC);
  await signInThroughForm(page, "no-such-person@acme.test", "definitely-not-it");
  await expect(page.getByTestId("form-error")).toHaveText(GENERIC);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("empty fields get a message next to each field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#field-identifier-error")).toHaveText("Enter your e-mail address or username.");
  await expect(page.locator("#field-password-error")).toHaveText("Enter your password.");
  await expect(page.getByLabel("E-mail or username")).toHaveAttribute("aria-invalid", "true");
});

test("the 6th rapid failure is throttled and says how long to wait, even with the right password", async ({ page, fixtures }) => {
  const user = fixtures.users.throttled!;
  for (let i = 1; i <= 5; i++) {
    await signInThroughForm(page, user.email, `wrong-password-${i}`);
    await expect(page.getByTestId("form-error")).toHaveText(GENERIC);
  }
  await signInThroughForm(page, user.email);
  await expect(page.getByTestId("form-error")).toHaveText(/^Too many failed sign-in attempts\. Try again in (30|29|28) seconds\.$/);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("visitors without a session are sent to sign-in; / sends a signed-in user to the console", async ({ page, pageAs }) => {
  for (const path of ["/", "/settings/profile", "/settings/general", "/settings/roles"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in$/);
  }
  const consumer = await pageAs("consumer");
  await consumer.goto("/");
  await expect(consumer).toHaveURL(/\/settings\/profile$/);
  await consumer.goto("/sign-in");
  await expect(consumer).toHaveURL(/\/settings\/profile$/);
});
