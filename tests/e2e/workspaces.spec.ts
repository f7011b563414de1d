import { addWorkspaceMember, createWorkspace } from "./support/console-steps";
import { actionIdOf, actionIdsOf, callServerAction } from "./support/server-action";
import { expect, test } from "./support/test";

// Each test walks a whole flow through several pages and people: allow it more than the default 30 s.
test.slow();

const FORBIDDEN = "You do not have permission to do that.";
const NOT_FOUND = "The workspace was not found.";

test("bad workspace names get a message next to the field and create nothing", async ({ pageAs }) => {
  const owner = await pageAs("wsOwner");
  await owner.goto("/settings/workspaces");
  const name = owner.getByLabel("Name", { exact: true });
  await name.fill("Bad Name!");
  await owner.getByLabel("Display name").fill("Bad");
  await owner.getByRole("button", { name: "Create workspace" }).click();
  await expect(name).toHaveAccessibleDescription(/Use only lowercase letters, digits and hyphens\.$/);
  await expect(name).toHaveValue("Bad Name!");
  await expect(owner.getByLabel("Display name")).toHaveValue("Bad");

  await createWorkspace(owner, "owned-space");
  await owner.goto("/settings/workspaces");
  await name.fill("owned-space");
  await owner.getByLabel("Display name").fill("Again");
  await owner.getByRole("button", { name: "Create workspace" }).click();
  await expect(name).toHaveAccessibleDescription(/A workspace named “owned-space” already exists\.$/);
  await owner.reload();
  await expect(owner.getByTestId("workspaces-table").getByRole("rowheader", { name: "owned-space" })).toHaveCount(1);
});

test("a Consumer calling create-workspace, add-member and delete directly is refused; nothing changes", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  await createWorkspace(admin, "guarded-space");
  // Server-rendered, so each form carries its action id (a client-side navigation renders forms without it).
  await admin.reload();
  const workspaceId = await admin.locator('input[name="workspaceId"]').first().getAttribute("value");
  const [addId] = await actionIdsOf(admin.getByTestId("add-workspace-member"));
  const [deleteId] = await actionIdsOf(admin.locator("form").filter({ hasText: "Delete workspace" }));
  await admin.goto("/settings/workspaces");
  const createId = await actionIdOf(admin);

  const consumer = await pageAs("wsOutsider");
  const create = await callServerAction(consumer.request, "/settings/workspaces", createId, { name: "consumer-space", displayName: "Mine" });
  expect(create.body).toContain(FORBIDDEN);
  const add = await callServerAction(consumer.request, "/settings/workspaces", addId!, { workspaceId: workspaceId!, principal: `user:${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}`, role: "owner" });
  expect(add.body).toContain(NOT_FOUND);
  const del = await callServerAction(consumer.request, "/settings/workspaces", deleteId!, { workspaceId: workspaceId!, confirmName: "guarded-space" });
  expect(del.body).toContain(NOT_FOUND);

  expect((await consumer.goto("/settings/workspaces/consumer-space"))?.status()).toBe(404);
  await admin.goto("/settings/workspaces/guarded-space");
  await expect(admin.getByTestId("workspace-members").getByRole("rowheader")).toHaveCount(1);
});

test("a Contributor may not manage members, a member of another tenant cannot be added, and the last Owner cannot leave", async ({ pageAs, fixtures }) => {
  const contributor = fixtures.users.wsContributor!;
  const owner = await pageAs("wsOwner");
  await createWorkspace(owner, "team-space");
  await addWorkspaceMember(owner, contributor.username, new RegExp(contributor.email), "Contributor");
  const members = owner.getByTestId("workspace-members").getByRole("rowheader");
  await expect(members).toHaveCount(2);
  await owner.reload();
  const workspaceId = (await owner.locator('input[name="workspaceId"]').first().getAttribute("value"))!;
  const [addId] = await actionIdsOf(owner.getByTestId("add-workspace-member"));

  // The Contributor sees no member controls, and the action itself refuses them.
  const them = await pageAs("wsContributor");
  await them.goto("/settings/workspaces/team-space");
  await expect(them.getByTestId("workspace-your-role")).toHaveText("Contributor");
  await expect(them.getByRole("button", { name: "Add member" })).toHaveCount(0);
  const byContributor = await callServerAction(them.request, "/settings/workspaces/team-space", addId!, {
    workspaceId,
    principal: `user:${fixtures.users.wsOutsider!.id}`,
    role: "owner",
  });
  expect(byContributor.body).toContain(FORBIDDEN);

  // Another tenant's Admin is not a member here: the Owner's own request is refused with a field message.
  const foreign = await callServerAction(owner.request, "/settings/workspaces/team-space", addId!, {
    workspaceId,
    principal: `user:${fixtures.users.otherAdmin!.id}`,
    role: "viewer",
  });
  expect(foreign.body).toContain("That user is not a member of this tenant.");
  await owner.getByLabel("User or group", { exact: true }).fill(fixtures.users.otherAdmin!.username);
  await expect(owner.getByRole("list", { name: "Results for User or group" })).toHaveCount(0);
  await owner.reload();
  await expect(members).toHaveCount(2);

  // The last Owner cannot leave.
  await owner.getByRole("button", { name: "Leave workspace" }).click();
  await owner.getByRole("group", { name: "Confirm" }).getByRole("button", { name: "Leave workspace" }).click();
  const leaveForm = owner.locator("form").filter({ has: owner.getByRole("button", { name: "Leave workspace" }) });
  await expect(leaveForm.getByTestId("form-error")).toHaveText(
    "A workspace needs at least one Owner. Make another member Owner first.",
  );

  // Owner deletes after typing the name.
  const confirm = owner.getByLabel("Type “team-space” to confirm");
  await confirm.fill("team");
  await owner.getByRole("button", { name: "Delete workspace" }).click();
  await expect(confirm).toHaveAccessibleDescription("Type the workspace's name, “team-space”, to confirm.");
  await confirm.fill("team-space");
  await owner.getByRole("button", { name: "Delete workspace" }).click();
  await expect(owner).toHaveURL(/\/settings\/workspaces$/);
  expect((await them.goto("/settings/workspaces/team-space"))?.status()).toBe(404);
});

test("an Admin lists every workspace and may include personal ones", async ({ pageAs, fixtures }) => {
  const admin = await pageAs("admin");
  await admin.goto("/settings/workspaces");
  const names = admin.getByTestId("workspaces-table").getByRole("rowheader");
  await expect(names.filter({ hasText: `personal-${fixtures.users.consumer!.username}` })).toHaveCount(0);
  await expect(names.filter({ hasText: fixtures.sample.workspaceName })).toHaveCount(1);
  await admin.getByLabel("Include personal workspaces").check();
  await admin.getByRole("button", { name: "Apply" }).click();
  await expect(admin).toHaveURL(/personal=1/);
  await expect(names.filter({ hasText: `personal-${fixtures.users.consumer!.username}` })).toHaveCount(1);
});
