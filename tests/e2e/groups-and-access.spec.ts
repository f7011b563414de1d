import { addWorkspaceMember, createGroup, createWorkspace, pick } from "./support/console-steps";
import { expect, test } from "./support/test";

// Each test walks a whole flow through several pages and people: allow it more than the default 30 s.
test.slow();

test("Admin gives group SecOps Contributor in prod-automation; its Consumer has Contributor there via SecOps and nothing in staging", async ({
  pageAs,
  fixtures,
}) => {
  const consumer = fixtures.users.secopsConsumer!;
  const builder = fixtures.users.secopsBuilder!;
  const admin = await pageAs("admin");
  await createWorkspace(admin, "prod-automation", "Production automation");
  await createWorkspace(admin, "staging");

  const groupPage = await createGroup(admin, "SecOps");
  const addMembers = admin.getByTestId("add-group-members");
  await pick(admin, "Add members", consumer.username, new RegExp(consumer.email));
  await pick(admin, "Add members", builder.username, new RegExp(builder.email));
  await addMembers.getByRole("button", { name: "Add to group" }).click();
  await expect(addMembers.getByTestId("form-success")).toHaveText("Added.");
  await expect(admin.getByTestId("group-members").getByRole("rowheader")).toHaveText([consumer.name, builder.name].sort());

  await admin.goto("/settings/workspaces/prod-automation");
  await addWorkspaceMember(admin, "SecOps", "SecOps (group) · Group", "Contributor");
  await expect(admin.getByTestId("workspace-members").getByRole("row").filter({ hasText: "SecOps (group)" }).getByLabel("Role of SecOps")).toHaveValue("contributor");
  await admin.goto(groupPage);
  await expect(admin.getByTestId("group-workspace-roles")).toHaveText("Contributor in prod-automation");

  // The Consumer, on their own effective-access page.
  const member = await pageAs("secopsConsumer");
  await member.goto("/settings/roles");
  await member.getByRole("link", { name: "Your effective access" }).click();
  const prod = member.getByTestId("access-prod-automation");
  await expect(prod.getByTestId("effective-role")).toHaveText("Contributor");
  await expect(prod).toContainText("Contributor — via group SecOps");
  await expect(prod).toContainText("workflow:edit — via group SecOps");
  await expect(prod).not.toContainText("workspace:manage_members");
  await expect(member.getByTestId("access-staging")).toHaveCount(0);
  await expect(member.getByTestId("member-groups")).toHaveText("SecOps");

  // Enforcement agrees with the page: prod-automation opens as Contributor, staging does not exist for them.
  await member.goto("/settings/workspaces/prod-automation");
  await expect(member.getByTestId("workspace-your-role")).toHaveText("Contributor");
  await expect(member.getByRole("button", { name: "Add member" })).toHaveCount(0);
  expect((await member.goto("/settings/workspaces/staging"))?.status()).toBe(404);
  await member.goto("/settings/workspaces");
  await expect(member.getByTestId("workspaces-table").getByRole("rowheader")).toHaveText([`personal-${consumer.username}Personal`, "prod-automation"]);

  // The Admin sees the same reason on the member's page.
  await admin.goto(`/settings/roles/access/${consumer.id}`);
  await expect(admin.getByTestId("access-prod-automation")).toContainText("Contributor — via group SecOps");
});

test("deleting a group names what goes, then its members lose the access it gave on their next request", async ({ pageAs, fixtures }) => {
  const reader = fixtures.users.vaultReader!;
  const admin = await pageAs("admin");
  await createWorkspace(admin, "audit-vault");
  const groupPage = await createGroup(admin, "Vault readers");
  await pick(admin, "Add members", reader.username, new RegExp(reader.email));
  await admin.getByRole("button", { name: "Add to group" }).click();
  await expect(admin.getByTestId("add-group-members").getByTestId("form-success")).toHaveText("Added.");
  await admin.goto("/settings/workspaces/audit-vault");
  await addWorkspaceMember(admin, "Vault readers", /^Vault readers \(group\)/, "Viewer");

  const member = await pageAs("vaultReader");
  await member.goto("/settings/workspaces/audit-vault");
  await expect(member.getByTestId("workspace-your-role")).toHaveText("Viewer");

  await admin.goto(groupPage);
  const impact = admin.getByTestId("group-deletion-impact");
  await expect(impact).toContainText(`Its 1 member leave the group: ${reader.name}.`);
  await expect(impact).toContainText("These workspace roles go with it: Viewer in audit-vault.");
  const confirm = admin.getByLabel("Type “Vault readers” to confirm");
  await confirm.fill("Vault");
  await admin.getByRole("button", { name: "Delete group" }).click();
  await expect(confirm).toHaveAccessibleDescription("Type the group's name, “Vault readers”, to confirm.");
  await expect(admin).toHaveURL(groupPage);
  await confirm.fill("Vault readers");
  await admin.getByRole("button", { name: "Delete group" }).click();
  await expect(admin).toHaveURL(/\/settings\/groups$/);
  await expect(admin.getByText("Vault readers")).toHaveCount(0);

  expect((await member.goto("/settings/workspaces/audit-vault"))?.status()).toBe(404);
  await member.goto(`/settings/roles/access/${reader.id}`);
  await expect(member.getByTestId("access-table").getByRole("rowheader")).toHaveText([`personal-${reader.username}`]);
});

test("an Admin adds and removes a member's groups from the member's page; others may not open it", async ({ pageAs, fixtures }) => {
  const worker = fixtures.users.shiftWorker!;
  const admin = await pageAs("admin");
  await createGroup(admin, "Night shift");
  await admin.goto(`/settings/roles/access/${worker.id}`);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Effective access: ${worker.name}`);
  await pick(admin, "Add to groups", "night", "Night shift · Group");
  await admin.getByRole("button", { name: "Add to groups" }).click();
  await expect(admin.getByTestId("member-groups")).toContainText("Night shift");

  const groups = admin.getByTestId("member-groups").getByRole("listitem").filter({ hasText: "Night shift" });
  await groups.getByRole("button", { name: "Remove" }).click();
  await expect(groups.getByText(`Remove ${worker.name} from Night shift?`)).toBeVisible();
  await groups.getByRole("button", { name: "Remove" }).click();
  await expect(admin.getByTestId("member-groups")).toHaveCount(0);
  await expect(admin.getByText("Not in any group.")).toBeVisible();

  const self = await pageAs("shiftWorker");
  expect((await self.goto(`/settings/roles/access/${fixtures.users.admin!.id}`))?.status()).toBe(404);
  expect((await self.goto("/settings/groups"))?.status()).toBe(404);
  await self.goto(`/settings/roles/access/${worker.id}`);
  await expect(self.getByRole("button", { name: "Add to groups" })).toHaveCount(0);
});
