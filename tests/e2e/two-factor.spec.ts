import type { Browser, Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { actionIdsOf, callServerAction } from "./support/server-action";
import { expect, signInThroughForm, test } from "./support/test";

const codeAt = (key: string, at: number) =>
  new TOTP({ secret: Secret.fromBase32(key.replace(/\s+/g, "")), algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: at });

async function submitCode(page: Page, code: string) {
  await page.getByLabel("Authentication code").fill(code);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/two-factor"),
    page.getByRole("button", { name: /Verify|Turn on and continue/ }).click(),
  ]);
}

/** The password step in a browser of its own; it must stop at /two-factor with no way into the console yet. */
async function passwordStep(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInThroughForm(page, email);
  await expect(page).toHaveURL(/\/two-factor$/);
  return page;
}

test("enrol with the QR key, sign in with password + code; a code works once, a recovery code once; turning off needs password and code", async ({ pageAs, fixtures, browser }) => {
  // Five browsers and a dozen sign-in steps.
  test.setTimeout(240_000);
  const user = fixtures.users.totpUser!;
  const page = await pageAs("totpUser", { fresh: true });
  await page.goto("/settings/profile");
  const card = page.getByRole("region", { name: "Two-factor authentication" });
  await card.getByLabel("Current password").fill("not-my-password");
  await card.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(card.getByTestId("form-error")).toHaveText("The password is incorrect.");
  await card.getByLabel("Current password").fill("correct-horse-battery-staple-42");
  await card.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(card.getByRole("img", { name: /QR code/ })).toHaveAttribute("src", /^data:image\/png;base64,/);
  const key = (await card.getByTestId("two-factor-manual-key").textContent())!;

  await card.getByLabel("Authentication code").fill("12345");
  await card.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(card.getByTestId("form-error")).toHaveText("The code is not valid.");
  await card.getByLabel("Authentication code").fill(codeAt(key, Date.now()));
  await card.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(card.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  const codes = (await card.getByTestId("recovery-codes").locator("li").allTextContents()).map((c) => c.trim());
  await expect(card.getByRole("link", { name: "Download .txt" })).toHaveAttribute("download", "gatehouse-recovery-codes.txt");
  await card.getByRole("button", { name: "I have saved them" }).click();
  await expect(card.getByTestId("two-factor-state")).toHaveText("Two-factor authentication is on. 10 of 10 recovery codes left.");

  // Sign out, then in again: the password alone only reaches /two-factor.
  await page.getByLabel("Account menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signInThroughForm(page, user.email);
  await expect(page).toHaveURL(/\/two-factor$/);
  await page.goto("/settings/profile");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/two-factor");
  // The next time step: the one used to enrol cannot be used again.
  const nextCode = codeAt(key, Date.now() + 30_000);
  await submitCode(page, nextCode);
  await expect(page).toHaveURL(/\/settings\/profile$/);

  // The same code again, in another browser: refused (no replay within its window).
  const replay = await passwordStep(browser, user.email);
  await submitCode(replay, nextCode);
  await expect(replay.getByTestId("form-error")).toContainText("That code is not valid.");
  // A recovery code works once.
  await submitCode(replay, codes[0]!);
  await expect(replay).toHaveURL(/\/settings\/profile$/);
  const again = await passwordStep(browser, user.email);
  await submitCode(again, codes[0]!);
  await expect(again.getByTestId("form-error")).toContainText("That code is not valid.");

  // Turning off: the password alone, or a wrong password with a good code, is not enough.
  await page.reload();
  const off = page.getByRole("form", { name: "Turn off two-factor authentication" });
  await off.getByLabel("Current password").fill("correct-horse-battery-staple-42");
  await off.getByRole("button", { name: "Turn off" }).click();
  await expect(off.getByTestId("form-error")).toHaveText("Some fields need your attention.");
  await off.getByLabel("Current password").fill("wrong-password-here");
  await off.getByLabel("Authentication or recovery code").fill(codes[1]!);
  await off.getByRole("button", { name: "Turn off" }).click();
  await expect(off.getByTestId("form-error")).toHaveText("The password is incorrect.");
  await off.getByLabel("Current password").fill("correct-horse-battery-staple-42");
  await off.getByLabel("Authentication or recovery code").fill(codes[1]!);
  await off.getByRole("button", { name: "Turn off" }).click();
  await expect(card.getByRole("button", { name: "Set up two-factor authentication" })).toBeVisible();

  const plain = await (await browser.newContext()).newPage();
  await signInThroughForm(plain, user.email);
  await expect(plain).toHaveURL(/\/settings\/profile$/);
});

test("a tenant that requires two-factor sends a member without it to enrolment, and nothing else opens until enrolled", async ({ pageAs, fixtures, browser }) => {
  test.slow();
  const admin = await pageAs("requiredAdmin", { fresh: true });
  await admin.goto("/settings/general");
  const form = admin.getByTestId("form-two_factor");
  await form.getByLabel("Require two-factor authentication").check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByTestId("form-success")).toHaveText("Two-factor requirement saved.");

  const member = fixtures.users.requiredMember!;
  const page = await passwordStep(browser, member.email);
  await expect(page.getByRole("heading", { name: "Set up two-factor authentication" })).toBeVisible();
  const key = (await page.getByTestId("two-factor-manual-key").textContent())!;

  // Half signed in: no console page and no console action answers.
  for (const path of ["/settings/profile", "/settings/api-keys", "/settings/roles"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in$/);
  }
  // The admin's own page has the two-factor start action; posted with the member's half-signed-in cookies it does nothing.
  await admin.goto("/settings/profile");
  const [startAction] = await actionIdsOf(admin.getByRole("region", { name: "Two-factor authentication" }));
  const crafted = await callServerAction(page.request, "/settings/profile", startAction!, { password: "correct-horse-battery-staple-42" });
  expect(crafted.body).not.toContain("otpauth");

  await page.goto("/two-factor");
  await submitCode(page, codeAt(key, Date.now()));
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await page.getByRole("link", { name: "I have saved my recovery codes — continue" }).click();
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await expect(page.getByTestId("profile-tenant")).toHaveText(fixtures.tenants.twoFactorRequired);
});
