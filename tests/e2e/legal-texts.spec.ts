import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { E2E_FRESH_PORT } from "./support/e2e-users";

test("the seeded deployment shows the built-in security statement and privacy policy", async ({ page }) => {
  await page.goto("/security");
  await expect(page.getByRole("heading", { name: "Security statement", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Passwords", level: 2 })).toBeVisible();
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { name: "Privacy policy", level: 1 })).toBeVisible();
});

test("an operator's Markdown file is rendered without running any of its HTML; a configured address is a redirect", async ({ page, request }) => {
  const base = `http://localhost:${E2E_FRESH_PORT}`;
  await page.goto(`${base}/security`);
  await expect(page.getByRole("heading", { name: "Acme security statement", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What we do", level: 2 })).toBeVisible();
  await expect(page.locator("main strong")).toHaveText("Acme");
  await expect(page.getByRole("link", { name: "our security team" })).toHaveAttribute("href", "mailto:security@acme.test");
  await expect(page.getByRole("listitem")).toHaveText(["Review access every quarter", "Keep audit logs for 365 days"]);
  // The HTML is there as text, and nothing in it ran or became an element or a link.
  await expect(page.locator("main")).toContainText('<script>document.title = "pwned"</script>');
  await expect(page.locator("main script, main img")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "a trap" })).toHaveCount(0);
  await expect(page).toHaveTitle("Security statement · Gatehouse");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  const privacy = await request.get(`${base}/privacy`, { maxRedirects: 0 });
  expect(privacy.status()).toBe(307);
  expect(privacy.headers()["location"]).toBe("https://legal.acme.test/privacy");
});
