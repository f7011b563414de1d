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
    for (const path of ["/sign-in", "/sign-in/sso?error=link_required", "/security", "/privacy", "/setup?token=nope"]) {
      await page.goto(path);
      await expectNoViolations(page);
    }
  });

  test(`console pages pass axe (${theme})`, async ({ pageAs, baseURL, fixtures }) => {
    // Six pages, each analysed by axe.
    test.slow();
    const page = await pageAs("admin");
    await page.context().addCookies([{ name: "gatehouse.theme", value: theme, url: baseURL! }]);
    const paths = ["/settings/profile", "/settings/roles", "/settings/general", "/settings/ai", "/settings/security", `/settings/roles/access/${fixtures.users.admin!.id}`];
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
