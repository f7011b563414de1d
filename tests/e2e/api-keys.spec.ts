import type { APIRequestContext } from "@playwright/test";
import { createApiKey } from "./support/console-steps";
import { expect, test } from "./support/test";

const me = (request: APIRequestContext, key: string) => request.get("/api/v1/me", { headers: { Authorization: `Bearer ${key}` } });

test("create → shown once → the key works → regenerate → old 401, new works → delete → 401", async ({ pageAs, fixtures, request }) => {
  const page = await pageAs("keyHolder");
  const holder = fixtures.users.keyHolder!;
  await page.goto("/settings/api-keys");
  await expect(page.getByTestId("api-keys-empty")).toBeVisible();

  const secret = await createApiKey(page, "Nightly export");
  const dialog = page.getByRole("dialog", { name: "Create an API key" });
  await expect(dialog.getByText("It is shown only once")).toBeVisible();
  await dialog.getByRole("button", { name: "Copy" }).click();
  await expect(dialog.getByText("Copied to the clipboard.")).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByTestId("api-keys").getByRole("row").filter({ hasText: "Nightly export" });
  await expect(row).toContainText(`gth_…${secret.slice(-4)}`);
  await expect(row).toContainText("Read-write");
  await expect(row).toContainText("Used by the nightly export");
  await expect(row.getByRole("cell").nth(5)).toHaveText("Never");

  // Not retrievable again: neither the page nor the API ever returns the secret.
  await page.reload();
  expect(await page.content()).not.toContain(secret);
  await page.getByRole("button", { name: "Create API key" }).click();
  await expect(page.getByLabel("Your new API key")).toHaveCount(0);
  await page.keyboard.press("Escape");

  const call = await me(request, secret);
  expect(call.status()).toBe(200);
  expect(await call.json()).toMatchObject({ user: { email: holder.email }, role: "consumer", apiKey: { name: "Nightly export", scope: "write" } });
  const listed = await request.get("/api/v1/api-keys", { headers: { "X-API-Key": secret } });
  expect(await listed.text()).not.toContain(secret);
  await page.reload();
  await expect(row.getByRole("cell").nth(5)).toContainText(" from ");

  await row.getByRole("button", { name: "Regenerate Nightly export" }).click();
  const confirm = page.getByRole("dialog", { name: "Regenerate “Nightly export”" });
  await confirm.getByRole("button", { name: "Regenerate" }).click();
  const fresh = await confirm.getByLabel("Your new API key").inputValue();
  expect(fresh).toMatch(/^gth_/);
  expect(fresh).not.toBe(secret);
  await confirm.getByRole("button", { name: "Done" }).click();
  await expect(row).toContainText(`gth_…${fresh.slice(-4)}`);
  const old = await me(request, secret);
  expect(old.status()).toBe(401);
  expect(old.headers()["content-type"]).toBe("application/problem+json");
  expect((await me(request, fresh)).status()).toBe(200);

  await row.getByRole("button", { name: "Delete Nightly export" }).click();
  await page.getByRole("dialog", { name: "Delete “Nightly export”" }).getByRole("button", { name: "Delete key" }).click();
  await expect(page.getByTestId("api-keys-empty")).toBeVisible();
  expect((await me(request, fresh)).status()).toBe(401);
});

test("name and description are edited inline; bad input stays next to the field", async ({ pageAs }) => {
  const page = await pageAs("keyEditor");
  await page.goto("/settings/api-keys");
  await createApiKey(page, "Inline edit me", "Read-only");
  await page.getByRole("button", { name: "Done" }).click();
  // While editing, the name is an input's value rather than text, so hold on to the row by its test id.
  const row = page.getByTestId((await page.getByTestId("api-keys").getByRole("row").filter({ hasText: "Inline edit me" }).getAttribute("data-testid"))!);
  await row.getByRole("button", { name: "Edit Inline edit me" }).click();
  await row.getByLabel("Name").fill("");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByText("Enter a name for the key.")).toBeVisible();
  await row.getByLabel("Name").fill("Edited inline");
  await row.getByLabel("Description").fill("new words");
  await row.getByRole("button", { name: "Save" }).click();
  const edited = page.getByTestId("api-keys").getByRole("row").filter({ hasText: "Edited inline" });
  await expect(edited).toContainText("new words");
  await expect(edited).toContainText("Read-only");
  await edited.getByRole("button", { name: "Delete Edited inline" }).click();
  await page.getByRole("button", { name: "Delete key" }).click();
  await expect(edited).toHaveCount(0);
});

test("the 6th active key is refused with a message that names the limit", async ({ pageAs, request }) => {
  const page = await pageAs("keyCollector");
  await page.goto("/settings/api-keys");
  const secret = await createApiKey(page, "First of five");
  await page.getByRole("button", { name: "Done" }).click();
  for (let i = 2; i <= 5; i++) {
    const created = await request.post("/api/v1/api-keys", { headers: { Authorization: `Bearer ${secret}` }, data: { name: `Key ${i}`, scope: "read", expiry: "7d" } });
    expect(created.status()).toBe(201);
  }
  await page.reload();
  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog", { name: "Create an API key" });
  await dialog.getByLabel("Name").fill("Sixth");
  await dialog.getByRole("button", { name: "Create key" }).click();
  await expect(dialog.getByTestId("form-error")).toHaveText("You already have 5 active API keys, the most this tenant allows. Delete one before creating another.");
  await expect(dialog.getByLabel("Name")).toHaveValue("Sixth");
});

test("an Admin sees every key of the tenant and revokes one; it fails at once. Others cannot reach the list", async ({ pageAs, fixtures, request }) => {
  const owner = await pageAs("keyLeaker");
  await owner.goto("/settings/api-keys");
  const secret = await createApiKey(owner, "Leaked key");
  expect((await me(request, secret)).status()).toBe(200);

  const consumerResponse = await owner.goto("/settings/api-keys/all");
  expect(consumerResponse?.status()).toBe(404);

  const admin = await pageAs("admin");
  await admin.goto("/settings/api-keys");
  await admin.getByRole("link", { name: "See every key in the tenant" }).click();
  await expect(admin).toHaveURL(/\/settings\/api-keys\/all$/);
  const email = fixtures.users.keyLeaker!.email;
  const row = admin.getByTestId("tenant-api-keys").getByRole("row").filter({ hasText: email }).filter({ hasText: "Leaked key" });
  await expect(row).toContainText(`gth_…${secret.slice(-4)}`);
  await row.getByRole("button", { name: `Revoke Leaked key of ${email}` }).click();
  await admin.getByRole("dialog", { name: "Revoke “Leaked key”" }).getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toHaveCount(0);
  expect((await me(request, secret)).status()).toBe(401);
});

test("the API answers problem documents and publishes its OpenAPI document", async ({ request }) => {
  const missing = await request.get("/api/v1/me");
  expect(missing.status()).toBe(401);
  expect(await missing.json()).toMatchObject({ type: "urn:gatehouse:problem:unauthenticated", status: 401, code: "unauthenticated" });
  const document = await request.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect((await document.json()).openapi).toBe("3.1.0");
  expect((await request.get("/api/v1/health")).status()).toBe(200);
});
