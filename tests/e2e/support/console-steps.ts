import type { Page } from "@playwright/test";
import { expect } from "./test";

/** UI steps several specs share; each goes through the forms a person would use. */

export async function createWorkspace(page: Page, name: string, displayName = name) {
  await page.goto("/settings/workspaces");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Display name").fill(displayName);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(new RegExp(`/settings/workspaces/${name}$`));
}

/** Creates a group and returns the address of its page. */
export async function createGroup(page: Page, name: string): Promise<string> {
  await page.goto("/settings/groups");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page).toHaveURL(/\/settings\/groups\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return new URL(page.url()).pathname;
}

/** Types into a searching picker and chooses the result whose text matches. */
export async function pick(page: Page, pickerLabel: string, query: string, result: string | RegExp) {
  await page.getByLabel(pickerLabel, { exact: true }).fill(query);
  await page.getByRole("list", { name: `Results for ${pickerLabel}` }).getByRole("button", { name: result }).click();
  await expect(page.getByRole("list", { name: `Results for ${pickerLabel}` })).toHaveCount(0);
  await expect(page.getByRole("list", { name: `Chosen for ${pickerLabel}` })).toBeVisible();
}

/** On a workspace page: give a user or group a role. */
export async function addWorkspaceMember(page: Page, query: string, result: string | RegExp, role: "Owner" | "Contributor" | "Viewer") {
  const form = page.getByTestId("add-workspace-member");
  await pick(page, "User or group", query, result);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByTestId("form-success")).toHaveText("Member added.");
}

/** Fills and submits the create dialog; returns the secret it shows (once). */
export async function createApiKey(page: Page, name: string, scope: "Read-only" | "Read-write" = "Read-write"): Promise<string> {
  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog", { name: "Create an API key" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Description (optional)").fill("Used by the nightly export");
  await dialog.getByLabel(scope).check();
  await dialog.getByLabel("Expires after").selectOption({ label: "30 days" });
  await dialog.getByRole("button", { name: "Create key" }).click();
  const secretField = dialog.getByLabel("Your new API key");
  await expect(secretField).toHaveValue(/^gth_[0-9A-Za-z]{38}$/);
  return secretField.inputValue();
}
