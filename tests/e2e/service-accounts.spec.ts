import { createWorkspace, pick } from "./support/console-steps";
import { expect, test } from "./support/test";

test("an Admin creates a service account with roles in two workspaces; its key acts as the account until deactivated", async ({ pageAs, request }) => {
  const page = await pageAs("robotsAdmin");
  await createWorkspace(page, "bot-alpha", "Bot alpha");
  await createWorkspace(page, "bot-beta", "Bot beta");

  await page.goto("/settings/accounts/service-accounts");
  await expect(page.getByText("No service accounts yet.")).toBeVisible();
  const form = page.getByTestId("create-service-account");
  await form.getByLabel("Name", { exact: true }).fill("Deploy bot");
  await form.getByLabel("Description").fill("Ships releases");
  await form.getByLabel("Tenant role").selectOption({ label: "Builder" });
  await pick(page, "Workspaces (optional)", "bot-alpha", /Bot alpha/);
  await pick(page, "Workspaces (optional)", "bot-beta", /Bot beta/);
  // Personal workspaces belong to their user alone, so the picker never offers one.
  await page.getByLabel("Workspaces (optional)", { exact: true }).fill("personal");
  await expect(page.getByRole("list", { name: "Results for Workspaces (optional)" })).toHaveCount(0);
  await form.getByLabel("Role in each workspace").selectOption({ label: "Contributor" });
  await form.getByRole("button", { name: "Create service account" }).click();

  await expect(page).toHaveURL(/\/settings\/accounts\/service-accounts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("listitem").filter({ hasText: "Contributor in bot-alpha" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Contributor in bot-beta" })).toBeVisible();

  await page.getByLabel("Key name").fill("Release pipeline");
  await page.getByLabel("Scope").selectOption({ label: "Read-write" });
  await page.getByRole("button", { name: "Create key" }).click();
  const secret = await page.getByLabel("Your new API key").inputValue();
  expect(secret).toMatch(/^gth_[0-9A-Za-z]{38}$/);
  const me = () => request.get("/api/v1/me", { headers: { Authorization: `Bearer ${secret}` } });
  const call = await me();
  expect(call.status()).toBe(200);
  expect(await call.json()).toMatchObject({ user: { name: "Deploy bot" }, role: "builder", apiKey: { name: "Release pipeline", scope: "write" } });

  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("service-account-keys")).toContainText(`gth_…${secret.slice(-4)}`);
  await page.getByRole("button", { name: "Deactivate", exact: true }).click();
  await page.getByRole("dialog", { name: "Deactivate Deploy bot?" }).getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByText("The account is inactive: its keys are refused until it is re-activated.")).toBeVisible();
  expect((await me()).status()).toBe(401);
});
