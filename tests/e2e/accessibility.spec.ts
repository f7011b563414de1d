import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const theme of ["light", "dark"] as const) {
  test(`public pages pass axe (${theme})`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "gatehouse.theme", value: theme, url: baseURL! }]);
    for (const path of ["/sign-in", "/sign-in/sso?error=link_required", "/security", "/privacy", "/setup?token=nope", "/forgot-password", "/reset-password/not-a-token", "/two-factor"]) {
      await page.goto(path);
      await expectNoViolations(page);
    }
  });

  test(`console pages pass axe (${theme})`, async ({ pageAs, baseURL, fixtures }) => {
    // Nine pages, each analysed by axe.
    test.slow();
    const page = await pageAs("admin");
    await page.context().addCookies([{ name: "gatehouse.theme", value: theme, url: baseURL! }]);
    const paths = ["/settings/profile", "/settings/api-keys", "/settings/api-keys/all", "/settings/roles", "/settings/general", "/settings/ai", "/settings/security", `/settings/roles/access/${fixtures.users.admin!.id}`, "/settings/audit-logs"];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      await expectNoViolations(page);
    }
  });
}

for (const theme of ["light", "dark"] as const) {
  test(`group and workspace pages pass axe, with a picker's results open (${theme})`, async ({ pageAs, baseURL, fixtures }) => {
    const page = await pageAs("admin");
    await page.context().addCookies([{ name: "gatehouse.theme", value: theme, url: baseURL! }]);
    for (const path of ["/settings/groups", "/settings/workspaces?personal=1"]) {
      await page.goto(path);
      await expectNoViolations(page);
    }
    await page.goto(`/settings/groups/${fixtures.sample.groupId}`);
    await page.getByLabel("Add members", { exact: true }).fill("a");
    await expect(page.getByRole("list", { name: "Results for Add members" })).toBeVisible();
    await expectNoViolations(page);
    await page.goto(`/settings/workspaces/${fixtures.sample.workspaceName}`);
    await page.getByTestId("workspace-members").getByRole("button", { name: "Remove" }).first().click();
    await expect(page.getByRole("group", { name: "Confirm" })).toBeVisible();
    await expectNoViolations(page);
  });
}
test("the create-key dialog passes axe, takes focus and closes with Escape", async ({ pageAs }) => {
  const page = await pageAs("admin");
  await page.goto("/settings/api-keys");
  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog", { name: "Create an API key" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Name")).toBeFocused();
  await expectNoViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Create API key" })).toBeFocused();
});

test("the console works by keyboard: skip link, sidebar and account menu", async ({ pageAs }) => {
  const page = await pageAs("admin");
  await page.goto("/settings/profile");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Account menu")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});
