import { actionIdsOf, callServerAction } from "./support/server-action";
import { expect, signInThroughForm, test } from "./support/test";

test.describe.configure({ mode: "serial" });

test("an Admin searches and filters members, and changes a member's role", async ({ pageAs, fixtures }) => {
  const admin = await pageAs("membersAdmin");
  const target = fixtures.users.membersRoleTarget!;
  // The section's address is /settings/accounts (SPEC §15); the earlier /settings/members still leads there.
  await admin.goto("/settings/members");
  await expect(admin).toHaveURL(/\/settings\/accounts$/);
  await expect(admin.getByRole("heading", { name: "Accounts", level: 1 })).toBeVisible();
  await expect(admin.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Accounts" })).toBeVisible();
  await expect(admin.getByTestId("member-row")).toHaveCount(5);

  await admin.getByLabel("Search").fill(target.name);
  await admin.getByRole("button", { name: "Apply" }).click();
  await expect(admin).toHaveURL(/q=/);
  await expect(admin.getByTestId("member-row")).toHaveCount(1);
  await expect(admin.getByTestId("member-row")).toContainText(target.email);

  await admin.goto("/settings/accounts");
  await admin.getByLabel("Role").selectOption("builder");
  await admin.getByRole("button", { name: "Apply" }).click();
  await expect(admin.getByTestId("member-row")).toHaveCount(2);
  await expect(admin.getByTestId("member-row").first()).toContainText("Builder");

  await admin.goto(`/settings/accounts/${target.id}`);
  await admin.getByTestId("change-role").getByLabel("Tenant role").selectOption("builder");
  await admin.getByRole("button", { name: "Change role" }).click();
  await expect(admin.getByTestId("change-role").getByTestId("form-success")).toHaveText("Role changed.");
  await admin.reload();
  await expect(admin.getByTestId("member-role")).toHaveText("Builder");
});

test("a Builder reads the member list but posting the role action directly is refused", async ({ pageAs, fixtures }) => {
  const admin = await pageAs("membersAdmin");
  const target = fixtures.users.membersDeactivated!;
  await admin.goto(`/settings/accounts/${target.id}`);
  const [changeRole] = await actionIdsOf(admin.getByTestId("change-role"));

  const builder = await pageAs("membersBuilder");
  await builder.goto(`/settings/accounts/${target.id}`);
  await expect(builder.getByTestId("member-role")).toHaveText("Consumer");
  await expect(builder.getByRole("button", { name: "Change role" })).toHaveCount(0);
  const call = await callServerAction(builder.request, `/settings/accounts/${target.id}`, changeRole!, { userId: target.id, role: "admin" });
  expect(call.body).toContain("You do not have permission to do that.");
  await admin.reload();
  await expect(admin.getByTestId("member-role")).toHaveText("Consumer");

  // Builders read the invitations too, without the means to invite.
  await builder.goto("/settings/accounts");
  await builder.getByRole("navigation", { name: "Accounts" }).getByRole("link", { name: "Invitations" }).click();
  await expect(builder.getByRole("heading", { name: "Invitations", level: 1 })).toBeVisible();
  await expect(builder.getByRole("link", { name: "Invite users" })).toHaveCount(0);
});

test("a deactivated member's open browser goes to sign-in on its next request; re-activated, they sign in again", async ({ pageAs, fixtures, browser }) => {
  const member = fixtures.users.membersDeactivated!;
  const theirs = await pageAs("membersDeactivated", { fresh: true });
  await theirs.goto("/settings/profile");
  await expect(theirs.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();

  const admin = await pageAs("membersAdmin");
  await admin.goto(`/settings/accounts/${member.id}`);
  await admin.getByRole("button", { name: "Deactivate" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(admin.getByRole("dialog")).toBeHidden();
  await admin.reload();
  await expect(admin.getByTestId("member-status")).toHaveText("Inactive");

  await theirs.goto("/settings/roles");
  await expect(theirs).toHaveURL(/\/sign-in$/);

  await admin.getByRole("button", { name: "Re-activate" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Re-activate" }).click();
  await expect(admin.getByRole("dialog")).toBeHidden();
  await admin.reload();
  await expect(admin.getByTestId("member-status")).toHaveText("Active");

  const again = await (await browser.newContext()).newPage();
  await signInThroughForm(again, member.email);
  await expect(again).toHaveURL(/\/settings\/profile$/);
});

test("a member of two tenants switches from the account menu and sees only that tenant's data", async ({ pageAs, fixtures }) => {
  const page = await pageAs("membersSwitcher", { fresh: true });
  const inFirst = fixtures.users.membersAdmin!;
  await page.goto("/settings/accounts");
  await expect(page.getByTestId("members-table")).toContainText(inFirst.email);

  await page.getByLabel("Account menu").click();
  await page.getByTestId("tenant-switcher").getByLabel("Tenant").selectOption({ label: `${fixtures.otherTenantName} (Admin)` });
  await page.getByRole("button", { name: "Switch tenant" }).click();
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await expect(page.getByLabel("Account menu")).toContainText(fixtures.otherTenantName);

  await page.goto("/settings/accounts");
  await expect(page.getByTestId("members-table")).toContainText(fixtures.users.otherAdmin!.email);
  await expect(page.getByTestId("members-table")).not.toContainText(inFirst.email);
  // The first tenant's member id, asked in the second tenant, is not found.
  const response = await page.goto(`/settings/accounts/${inFirst.id}`);
  expect(response?.status()).toBe(404);
});
