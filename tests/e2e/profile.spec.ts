import type { Browser, Page } from "@playwright/test";
import { waitForMail } from "./support/mailbox";
import { expect, signInThroughForm, test } from "./support/test";

const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";
const NEW_PASSWORD = "violet tractor sings at dawn";

/** A browser of its own (optionally claiming another user agent), signed in through the form. */
async function signedInBrowser(browser: Browser, email: string, userAgent?: string): Promise<Page> {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await signInThroughForm(page, email);
  await expect(page).toHaveURL(/\/settings\/profile$/);
  return page;
}

test("e-mail change: a link to the new address, a notice to the old, the address changes only through the link", async ({ pageAs, fixtures, browser }) => {
  const user = fixtures.users.profileMailer!;
  const newEmail = `moved-${user.username}@acme.test`;
  const page = await pageAs("profileMailer", { fresh: true });
  await page.goto("/settings/profile");
  const form = page.getByTestId("email-change-form");

  await form.getByLabel("New e-mail address").fill(newEmail);
  await form.getByLabel("Current password").fill("not my password at all");
  await form.getByRole("button", { name: "Send verification link" }).click();
  await expect(form.getByText("Your current password is not correct.")).toBeVisible();
  await expect(form.getByLabel("New e-mail address")).toHaveValue(newEmail);

  await form.getByLabel("Current password").fill("correct-horse-battery-staple-42");
  await form.getByRole("button", { name: "Send verification link" }).click();
  await expect(form.getByTestId("form-success")).toContainText("Check the new address's inbox");
  await expect(page.getByTestId("pending-email")).toContainText(newEmail);
  await expect(page.getByTestId("profile-e-mail")).toHaveText(user.email);

  const verification = await waitForMail(newEmail);
  const notice = await waitForMail(user.email, (m) => m.subject.includes("about to change"));
  expect(notice.text).toContain(newEmail);
  const link = /http:\/\/localhost:\d+\/verify-email\/[A-Za-z0-9_-]+/.exec(verification.text)![0];
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);

  // The link works in a browser that is not signed in (the mail may be read on another device).
  const elsewhere = await browser.newPage();
  await elsewhere.goto(link);
  await expect(elsewhere.getByRole("heading", { name: "Confirm your new e-mail address" })).toBeVisible();
  await elsewhere.getByRole("button", { name: "Confirm new address" }).click();
  await expect(elsewhere.getByRole("heading", { name: "E-mail address changed" })).toBeVisible();
  await elsewhere.context().close();
  await waitForMail(user.email, (m) => m.subject === "Your Gatehouse e-mail address was changed");

  await page.goto("/settings/profile");
  await expect(page.getByTestId("profile-e-mail")).toHaveText(newEmail);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Link already used" })).toBeVisible();
  await page.goto("/verify-email/not-a-real-link");
  await expect(page.getByRole("heading", { name: "Link not valid" })).toBeVisible();
});

test("sessions: two browsers are listed; signing one out ends it on its next request", async ({ browser, fixtures }) => {
  const user = fixtures.users.profileTraveller!;
  const chrome = await signedInBrowser(browser, user.email);
  const firefox = await signedInBrowser(browser, user.email, FIREFOX);

  await chrome.goto("/settings/profile");
  const rows = chrome.getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "This device" })).toContainText(/Chrome \d+ on Linux/);
  const other = rows.filter({ hasText: "Firefox 140 on Windows" });
  await expect(other).toBeVisible();
  await other.getByRole("button", { name: "Revoke" }).click();
  await other.getByRole("button", { name: "Revoke" }).click();
  await expect(rows).toHaveCount(1);

  await firefox.goto("/settings/profile");
  await expect(firefox).toHaveURL(/\/sign-in$/);
  await chrome.reload();
  await expect(chrome.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();
  await Promise.all([chrome.context().close(), firefox.context().close()]);
});

test("password change: bad input gets field errors and changes nothing; success ends the other browser's session", async ({ browser, fixtures }) => {
  const user = fixtures.users.profileChanger!;
  const page = await signedInBrowser(browser, user.email);
  const other = await signedInBrowser(browser, user.email, FIREFOX);
  await page.goto("/settings/profile");
  const form = page.getByTestId("password-change-form");
  const attempt = async (current: string, next: string, again: string) => {
    await form.getByLabel("Current password").fill(current);
    await form.getByLabel("New password", { exact: true }).fill(next);
    await form.getByLabel("New password again").fill(again);
    await form.getByRole("button", { name: "Change password" }).click();
  };

  await attempt("wrong password here", NEW_PASSWORD, NEW_PASSWORD);
  await expect(form.getByText("Your current password is not correct.")).toBeVisible();
  await attempt("correct-horse-battery-staple-42", "Sunshine2024!!", "Sunshine2024!!");
  await expect(form.getByText("This password is too common")).toBeVisible();
  await attempt("correct-horse-battery-staple-42", NEW_PASSWORD, `${NEW_PASSWORD}!`);
  await expect(form.getByText("The two new passwords do not match.")).toBeVisible();
  await other.goto("/settings/profile");
  await expect(other.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();

  await attempt("correct-horse-battery-staple-42", NEW_PASSWORD, NEW_PASSWORD);
  await expect(form.getByTestId("form-success")).toHaveText("Password changed. Your other sessions were signed out.");
  await waitForMail(user.email, (m) => m.subject === "Your Gatehouse password was changed");
  await other.goto("/settings/profile");
  await expect(other).toHaveURL(/\/sign-in$/);
  await page.reload();
  await expect(page.getByTestId("session-row")).toHaveCount(1);

  await signInThroughForm(other, user.email, NEW_PASSWORD);
  await expect(other).toHaveURL(/\/settings\/profile$/);
  await Promise.all([page.context().close(), other.context().close()]);
});

test("details: a taken username gets a field error and saves nothing; a new name and username are saved", async ({ pageAs, fixtures }) => {
  const user = fixtures.users.profileEditor!;
  const page = await pageAs("profileEditor", { fresh: true });
  await page.goto("/settings/profile");
  const form = page.getByTestId("profile-details-form");
  await form.getByLabel("Name", { exact: true }).fill("Edith Editor");
  await form.getByLabel("Username").fill(fixtures.users.profileMailer!.username);
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByText("This username is taken. Choose another.")).toBeVisible();
  await page.reload();
  await expect(form.getByLabel("Username")).toHaveValue(user.username);

  await form.getByLabel("Name", { exact: true }).fill("Edith Editor");
  await form.getByLabel("Username").fill(`edith-${user.username}`);
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByTestId("form-success")).toHaveText("Profile saved.");
  await page.reload();
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Edith Editor");
  await expect(form.getByLabel("Username")).toHaveValue(`edith-${user.username}`);
});
