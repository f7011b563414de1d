import type { Page } from "@playwright/test";
import { actionIdsOf, callServerAction } from "./support/server-action";
import { expect, test } from "./support/test";

const PAGES = ["/settings/general", "/settings/ai", "/settings/security"] as const;

// Values a real form would send to any of the settings actions; each action reads the fields it knows.
const FIELDS = {
  name: "Taken Over",
  logoUrl: "https://evil.example/logo.png",
  dateFormat: "DD/MM/YYYY",
  timeFormat: "24h",
  requireTwoFactor: "on",
  maxApiKeysPerOwner: "50",
  maxApiKeyLifetimeDays: "none",
  invitationLifetimeDays: "30",
  defaultWorkspaceId: "none",
  defaultWorkspaceRole: "contributor",
  auditRetentionDays: "1",
  copilotTestDataAccess: "on",
  aiProvider: "bedrock",
  bedrockRegion: "us-east-1",
  bedrockRoleArn: "arn:aws:iam::123456789012:role/Evil",
  aiRequestsPerMinute: "10000",
  aiMegabytesPerMinute: "1024",
  authorizedDomains: "evil.example",
  sessionIdleMinutes: "1440",
  sessionAbsoluteHours: "720",
  passwordMinLength: "128",
  allowGoogle: "on",
  allowGithub: "on",
  allowMicrosoft: "on",
};

/** Every form control's value on the page, to compare before and after. */
async function formValues(page: Page): Promise<string[]> {
  return page
    .locator("form input:not([type=hidden]), form select")
    .evaluateAll((els) => els.map((e) => `${(e as HTMLInputElement).name}=${(e as HTMLInputElement).type === "checkbox" || (e as HTMLInputElement).type === "radio" ? (e as HTMLInputElement).checked : (e as HTMLInputElement).value}`));
}

test("a Builder and a Consumer posting any settings action directly are refused, and nothing changes", async ({ pageAs }) => {
  // 36 crafted calls and six page loads (the SSO switch shows only once an IdP is configured).
  test.slow();
  const admin = await pageAs("refusalsAdmin");
  const before = new Map<string, { ids: string[]; values: string[] }>();
  for (const path of PAGES) {
    await admin.goto(path);
    before.set(path, { ids: await actionIdsOf(admin), values: await formValues(admin) });
  }
  expect([...before.values()].map((p) => p.ids.length)).toEqual([9, 1, 8]);

  for (const key of ["refusalsBuilder", "refusalsConsumer"]) {
    const member = await pageAs(key);
    for (const [path, { ids }] of before) {
      for (const id of ids) {
        const call = await callServerAction(member.request, path, id, FIELDS);
        expect(call.body, `${key} → ${path} action ${id}`).toContain("You do not have permission to do that.");
      }
    }
  }

  for (const [path, { values }] of before) {
    await admin.goto(path);
    expect(await formValues(admin), path).toEqual(values);
    await expect(admin.locator("[data-testid^=last-changed-]")).toHaveCount(0);
  }
  await expect(admin.getByTestId("sidebar-logo")).toHaveCount(0);
});

test("the settings pages are not found for a Builder and a Consumer, and absent from their sidebar", async ({ pageAs }) => {
  const sidebars: Record<string, string[]> = {
    refusalsBuilder: ["Profile", "API keys", "Accounts", "Groups", "Roles", "Workspaces"],
    refusalsConsumer: ["Profile", "API keys", "Roles", "Workspaces"],
  };
  for (const [key, links] of Object.entries(sidebars)) {
    const page = await pageAs(key);
    for (const path of PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), `${key} ${path}`).toBe(404);
    }
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link")).toHaveText(links);
  }
});
