import fs from "node:fs";
import { SiemReceiver } from "../support/siem-receiver";
import { actionIdOf, callServerAction } from "./support/server-action";
import { expect, test } from "./support/test";

test("an Admin's change appears at the top of the log with its before/after, filters narrow it, the detail panel opens", async ({ pageAs, fixtures }) => {
  const page = await pageAs("auditAdmin");
  const email = fixtures.users.auditAdmin!.email;
  await page.goto("/settings/general");
  const retention = page.getByTestId("form-audit_retention");
  const days = String(40 + Math.floor(Math.random() * 50));
  await retention.getByLabel("Keep audit events for (days)").fill(days);
  await retention.getByRole("button", { name: "Save" }).click();
  await expect(retention.getByTestId("form-success")).toHaveText("Audit log retention saved.");

  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Audit logs" }).click();
  await expect(page.getByRole("heading", { name: "Audit logs", level: 1 })).toBeVisible();
  await expect(page.getByTestId("audit-retention")).toContainText(`Events older than ${days} days are purged`);
  await page.getByLabel("Actor (e-mail or name)").fill(email);
  await page.getByLabel("Action").selectOption("settings.audit_retention.updated");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=settings.audit_retention.updated/);
  const rows = page.getByTestId("audit-events").locator("tbody tr");
  await expect(rows.first()).toContainText("changed the audit log retention");
  await expect(rows.first()).toContainText(email);
  await expect(rows.first()).toContainText(/\d{2}\/\d{2}\/\d{4} \d{1,2}:\d{2} (AM|PM) UTC/);
  await expect(rows.first()).toContainText(`tenant: ${fixtures.tenants.audit}`);

  await rows.first().getByRole("link", { name: /^Details of/ }).click();
  const panel = page.getByTestId("audit-event-panel");
  await expect(panel.getByRole("heading")).toHaveText(`${email} changed the audit log retention`);
  await expect(panel.getByTestId("audit-event-changes").getByRole("row").filter({ hasText: "auditRetentionDays" }).getByRole("cell")).toHaveText([/^\d+$/, days]);

  await page.getByLabel("Action").selectOption("auth.signed_out");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByTestId("audit-empty")).toBeVisible();
});

test("the filtered view exports as CSV with a progress and ready state, and the export is itself audited", async ({ pageAs, fixtures }) => {
  const page = await pageAs("auditAdmin");
  const actor = fixtures.users.auditAdmin!.email;
  await page.goto(`/settings/audit-logs?actor=${encodeURIComponent(actor)}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  await expect(page.getByTestId("export-status")).toContainText(/Export ready: \d+ events\./);
  const file = await (await download).path();
  const csv = fs.readFileSync(file, "utf8");
  expect(csv.split("\r\n")[0]).toMatch(/^id,occurred_at,category,action,description,actor_type/);
  expect(csv).toContain(actor);

  await page.goto(`/settings/audit-logs?actor=${encodeURIComponent(actor)}&action=audit.exported`);
  await expect(page.getByTestId("audit-events").locator("tbody tr").first()).toContainText("exported audit events");
});

test("the chain check reports an intact chain", async ({ pageAs }) => {
  const page = await pageAs("auditAdmin");
  await page.goto("/settings/audit-logs");
  await page.getByRole("button", { name: "Verify the audit chain" }).click();
  await expect(page.getByTestId("form-success")).toContainText(/The audit chain is intact: [\d,]+ events verified/);
  const response = await page.request.get("/settings/audit-logs/verify");
  expect(await response.json()).toMatchObject({ ok: true });
});

test("a Builder and a Consumer can neither read nor export audit events (UI, routes and actions)", async ({ pageAs }) => {
  // Three sign-ins and a dozen requests: more than 30 s on a busy machine.
  test.slow();
  const admin = await pageAs("auditAdmin");
  await admin.goto("/settings/audit-logs");
  // The first server-action form on the page is the chain check.
  const verifyAction = await actionIdOf(admin);
  for (const key of ["auditBuilder", "auditConsumer"]) {
    const page = await pageAs(key);
    await page.goto("/settings/profile");
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Audit logs" })).toHaveCount(0);
    expect((await page.goto("/settings/audit-logs"))?.status()).toBe(404);
    expect((await page.request.get("/settings/audit-logs/export?format=csv")).status()).toBe(404);
    expect((await page.request.get("/settings/audit-logs/verify")).status()).toBe(404);
    const forged = await callServerAction(page.request, "/settings/audit-logs", verifyAction, {});
    expect(forged.body).toContain("You do not have permission to do that.");
    expect(forged.body).not.toContain("audit chain is intact");
  }
});

test("events stream to a webhook: test connection, then delivery with a status on the page", async ({ pageAs }) => {
  const receiver = await new SiemReceiver().start();
  try {
    const page = await pageAs("auditAdmin");
    await page.goto("/settings/audit-logs");
    const form = page.getByRole("form", { name: "Add a SIEM destination" });
    await form.getByLabel("Name").fill("E2E hook");
    await form.getByLabel("URL").fill(`${receiver.url}/e2e`);
    await form.getByLabel("Secret or token").fill("e2e-signing-secret");
    await form.getByRole("button", { name: "Add destination" }).click();
    await expect(form.getByTestId("form-success")).toHaveText("Destination added. New events will stream to it.");

    const item = page.getByTestId("siem-destination").filter({ hasText: "E2E hook" });
    await item.getByRole("button", { name: "Test connection" }).click();
    await expect(item.getByTestId("form-success")).toHaveText("E2E hook accepted the test message.");

    await expect.poll(() => receiver.webhookEvents().map((e) => e.action), { timeout: 15_000 }).toContain("audit.stream.created");
    // The other tests of this file sign in to the same tenant meanwhile, so an event may be waiting for the next round.
    await expect(async () => {
      await page.reload();
      await expect(item.getByTestId("siem-status")).toContainText(/Last success\s*\d{2}\/\d{2}\/\d{4}/, { timeout: 1_000 });
      await expect(item.getByTestId("siem-status")).toContainText("0 events waiting", { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });

    await item.getByRole("button", { name: "Remove…" }).click();
    await item.getByRole("button", { name: "Remove E2E hook and its backlog" }).click();
    await expect(page.getByTestId("siem-destination").filter({ hasText: "E2E hook" })).toHaveCount(0);
  } finally {
    await receiver.stop();
  }
});
