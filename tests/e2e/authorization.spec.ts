import { actionIdOf, callServerAction } from "./support/server-action";
import { expect, test } from "./support/test";

test("a Builder and a Consumer neither see nor reach the General settings", async ({ pageAs }) => {
  const sidebars: Record<string, string[]> = { builder: ["Profile", "API keys", "Accounts", "Groups", "Roles", "Workspaces"], consumer: ["Profile", "API keys", "Roles", "Workspaces"] };
  for (const [key, links] of Object.entries(sidebars)) {
    const page = await pageAs(key);
    await page.goto("/settings/profile");
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link")).toHaveText(links);
    const response = await page.goto("/settings/general");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("the settings action called directly is refused without a session and for a Builder, and changes nothing", async ({ pageAs, playwright }) => {
  const admin = await pageAs("admin");
  await admin.goto("/settings/general");
  const nameField = admin.getByLabel("Tenant name");
  const before = await nameField.inputValue();
  const actionId = await actionIdOf(admin);

  // Sanity check of the crafted request: the Admin's own session gets the action through (and, the name being
  // unchanged, it saves nothing).
  const adminCall = await callServerAction(admin.request, "/settings/general", actionId, { name: before });
  expect(adminCall.body).toContain("Nothing to save: these are the current settings.");

  // A forged cookie gets past the optimistic proxy (as CVE-2025-29927 got past middleware); the action still refuses.
  const anonymous = await playwright.request.newContext({
    baseURL: admin.url(),
    extraHTTPHeaders: { Cookie: "gatehouse.session=forged" },
  });
  const noSession = await callServerAction(anonymous, "/settings/general", actionId, { name: "Taken Over" });
  expect(noSession.body).toContain("Your session has ended. Sign in again.");
  await anonymous.dispose();

  const builder = await pageAs("builder");
  const forbidden = await callServerAction(builder.request, "/settings/general", actionId, { name: "Taken Over" });
  expect(forbidden.body).toContain("You do not have permission to do that.");
  expect(forbidden.body).not.toContain("General settings saved.");

  await admin.reload();
  await expect(nameField).toHaveValue(before);
});

test("the Admin renames the tenant; bad input gets a message next to the field and changes nothing", async ({ pageAs, fixtures }) => {
  // The other tenant, so the temporary name never shows up in specs that read the main tenant's name.
  const admin = await pageAs("otherAdmin");
  await admin.goto("/settings/general");
  const field = admin.getByLabel("Tenant name");
  const save = admin.getByTestId("form-tenant").getByRole("button", { name: "Save" });
  await field.fill("x");
  await save.click();
  await expect(admin.locator("#field-name-error")).toHaveText("A tenant name has at least 2 characters.");
  await admin.reload();
  await expect(field).toHaveValue(fixtures.otherTenantName);

  await field.fill(`${fixtures.otherTenantName} Renamed`);
  await save.click();
  await expect(admin.getByTestId("form-success")).toHaveText("General settings saved.");
  await expect(admin.getByTestId("sidebar-tenant")).toHaveText(`${fixtures.otherTenantName} Renamed`);
  await field.fill(fixtures.otherTenantName);
  await save.click();
  await expect(admin.getByTestId("sidebar-tenant")).toHaveText(fixtures.otherTenantName);
});

test("everyone reads the Roles matrix rendered from the registry", async ({ pageAs }) => {
  const consumer = await pageAs("consumer");
  await consumer.goto("/settings/roles");
  const tenantMatrix = consumer.getByTestId("matrix-tenant");
  await expect(tenantMatrix.getByRole("columnheader")).toHaveText(["Permission", "Admin", "Builder", "Consumer"]);
  const inviteRow = tenantMatrix.getByRole("row").filter({ hasText: "members:invite" });
  await expect(inviteRow.getByRole("cell")).toHaveText(["✓granted", "—not granted", "—not granted"]);
  await expect(consumer.getByTestId("matrix-workspace").getByRole("row").filter({ hasText: "workflow:edit" }).getByRole("cell")).toHaveText([
    "✓granted",
    "✓granted",
    "—not granted",
  ]);
});
