import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_FRESH_DATA_DIR, E2E_FRESH_PORT } from "./support/e2e-users";

const base = `http://localhost:${E2E_FRESH_PORT}`;

function setupLinkFromLog(): string {
  const log = fs.readFileSync(path.join(E2E_FRESH_DATA_DIR, "server.log"), "utf8");
  const links = [...log.matchAll(/open (http:\/\/\S+\/setup\?token=[\w-]+)/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(0);
  return links.at(-1)!;
}

test("first run: the logged one-time link creates the tenant and Admin, then dies", async ({ page }) => {
  const link = setupLinkFromLog();
  expect(new URL(link).origin).toBe(base);

  await page.goto(`${base}/setup?token=guessed-token`);
  await expect(page.getByRole("heading", { name: "Setup link not valid" })).toBeVisible();

  const response = await page.goto(link);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(page.getByRole("heading", { name: "Set up Gatehouse" })).toBeVisible();
  await page.getByLabel("Tenant name").fill("Initech");
  await page.getByLabel("Your name").fill("Peter Gibbons");
  await page.getByLabel("E-mail").fill("peter@initech.test");
  await page.getByLabel("Username").fill("peter");
  await page.getByLabel("Password", { exact: true }).fill("tps-reports-need-cover-sheets");
  await page.getByLabel("Confirm password").fill("something else entirely");
  await page.getByRole("button", { name: "Create tenant and Admin" }).click();
  await expect(page.locator("#field-confirmPassword-error")).toHaveText("The passwords do not match.");
  // What was typed stays (secrets excepted), so only the passwords need entering again.
  await expect(page.getByLabel("Tenant name")).toHaveValue("Initech");
  await expect(page.getByLabel("Username")).toHaveValue("peter");
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");

  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Confirm password").fill("short");
  await page.getByRole("button", { name: "Create tenant and Admin" }).click();
  await expect(page.locator("#field-password-error")).toHaveText("Use at least 12 characters.");

  await page.getByLabel("Password", { exact: true }).fill("tps-reports-need-cover-sheets");
  await page.getByLabel("Confirm password").fill("tps-reports-need-cover-sheets");
  await page.getByRole("button", { name: "Create tenant and Admin" }).click();
  await expect(page).toHaveURL(`${base}/sign-in?notice=setup-done`);
  await expect(page.getByRole("status")).toHaveText("Gatehouse is set up. Sign in with the Admin account you just created.");

  await page.getByLabel("E-mail or username").fill("peter@initech.test");
  await page.getByLabel("Password").fill("tps-reports-need-cover-sheets");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${base}/settings/profile`);
  await expect(page.getByTestId("sidebar-tenant")).toHaveText("Initech");
  await expect(page.getByTestId("profile-tenant-role")).toHaveText("Admin");

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Already set up" })).toBeVisible();
});
