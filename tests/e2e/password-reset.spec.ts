import type { Page } from "@playwright/test";
import postgres from "postgres";
import { E2E_PASSWORD, E2E_PORT } from "./support/e2e-users";
import { waitForMail } from "./support/mailbox";
import { expect, signInThroughForm, test } from "./support/test";

const NEW_PASSWORD = "a-fresh-and-long-passphrase-9";

async function askForLink(page: Page, email: string): Promise<string> {
  await page.goto("/forgot-password");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: /Send reset link|Send again/ }).click();
  await expect(page.getByTestId("form-success")).toHaveText(
    "If an account with a password uses this address, we have sent it a link to reset the password. The link works once, for 30 minutes.",
  );
  // Each test has its own user, so the first reset mail to that address is this one.
  const mail = await waitForMail(email, (m) => m.subject === "Reset your Gatehouse password");
  return /http:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/.exec(mail.text)![0];
}

test("forgot password: the e-mailed link sets a new password once, ends the other browser's session, and no one is signed in", async ({ pageAs, fixtures, browser }) => {
  test.slow();
  const user = fixtures.users.resetUser!;
  const other = await pageAs("resetUser", { fresh: true });
  await other.goto("/settings/profile");
  await expect(other.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();

  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  // An unknown address gets the very same answer (and no mail).
  await page.getByLabel("E-mail").fill(`nobody-${Date.now()}@acme.test`);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByTestId("form-success")).toContainText("If an account with a password uses this address");

  const link = await askForLink(page, user.email);
  expect(link.startsWith(`http://localhost:${E2E_PORT}/reset-password/`)).toBe(true);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("New password again").fill(`${NEW_PASSWORD}-typo`);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.locator("#field-confirmPassword-error")).toHaveText("The passwords do not match.");
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("New password again").fill("short");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.locator("#field-password-error")).toContainText("Use at least 12 characters.");
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("New password again").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=password-changed$/);
  await expect(page.getByRole("status")).toHaveText("Your password has been changed successfully");
  await waitForMail(user.email, (m) => m.subject === "Your Gatehouse password was changed");

  await other.goto("/settings/profile");
  await expect(other).toHaveURL(/\/sign-in$/);
  await signInThroughForm(page, user.email, E2E_PASSWORD);
  await expect(page.getByTestId("form-error")).toHaveText("The e-mail address, username or password is incorrect.");
  await signInThroughForm(page, user.email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/settings\/profile$/);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Reset link not valid" })).toBeVisible();
});

test("a reset link older than 30 minutes no longer works", async ({ fixtures, browser }) => {
  test.skip(!process.env.DATABASE_URL, "needs DATABASE_URL: the test backdates the link's row");
  const user = fixtures.users.resetLateUser!;
  const page = await (await browser.newContext()).newPage();
  const link = await askForLink(page, user.email);
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  await sql`update password_reset_tokens set created_at = now() - interval '31 minutes', expires_at = now() - interval '1 minute'
            where user_id = (select id from users where email = ${user.email}) and used_at is null`;
  await sql.end();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Reset link not valid" })).toBeVisible();
});
