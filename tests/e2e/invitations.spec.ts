import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import postgres from "postgres";
import { createWorkspace } from "./support/console-steps";
import { waitForMail } from "./support/mailbox";
import { expect, test } from "./support/test";

const linkIn = (text: string) => {
  const link = /http:\/\/localhost:\d+\/invite\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  if (!link) throw new Error(`no invitation link in: ${text}`);
  return new URL(link).pathname;
};

async function inviteAs(page: Page, emails: string, role: "Admin" | "Builder" | "Consumer", options: { keepForm?: boolean } = {}) {
  if (!options.keepForm) await page.goto("/settings/accounts/invitations/new");
  await page.getByLabel("E-mail addresses").fill(emails);
  await page.getByLabel("Tenant role").selectOption({ label: role });
  await page.getByRole("button", { name: "Preview" }).click();
  return page.getByTestId("invite-preview");
}

async function anonymousPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const row = (page: Page, email: string) => page.getByTestId("invitation-row").filter({ hasText: email });

test("an Admin invites two addresses as Builder: one joins as a new user, the other is resent (old link dead) and cancelled", async ({ pageAs, browser, fixtures }) => {
  test.slow();
  const run = Math.random().toString(36).slice(2, 8);
  const [newcomer, other] = [`newcomer-${run}@acme.test`, `other-${run}@acme.test`];
  const admin = await pageAs("invitesAdmin");
  const space = `invited-space-${run}`;
  await createWorkspace(admin, space, `Invited space ${run}`);

  await admin.goto("/settings/accounts/invitations/new");
  await admin.getByLabel("Workspaces", { exact: true }).fill(space);
  await admin.getByRole("list", { name: "Results for Workspaces" }).getByRole("button", { name: new RegExp(space) }).click();
  await admin.getByLabel(`Role in Invited space ${run}`).selectOption({ label: "Contributor" });
  const preview = await inviteAs(admin, `${newcomer}\n${other}, not-an-address; ${newcomer}`, "Builder", { keepForm: true });
  await expect(preview).toContainText("2 addresses will be invited. 2 will not:");
  await expect(preview.getByTestId("refused-addresses")).toContainText("Not a valid e-mail address.");
  await expect(preview.getByTestId("refused-addresses")).toContainText("Appears more than once in this batch.");
  await preview.getByRole("button", { name: "Send 2 invitations" }).click();
  await expect(admin.getByTestId("form-success")).toHaveText("2 invitations sent.");

  const firstMail = await waitForMail(newcomer);
  expect(firstMail.subject).toBe(`You are invited to ${fixtures.tenants.invites} on Gatehouse`);
  const oldOtherLink = linkIn((await waitForMail(other)).text);

  // The newcomer creates an account and lands in the console as a Builder of the tenant.
  const guest = await anonymousPage(browser);
  await guest.goto(linkIn(firstMail.text));
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText(`Join ${fixtures.tenants.invites}`);
  await expect(guest.getByTestId("invitation-summary")).toContainText("as Builder");
  await guest.getByLabel("Your name").fill("New Comer");
  await guest.getByLabel("Username").fill(`newcomer-${run}`);
  await guest.getByLabel("Password", { exact: true }).fill("a-long-enough-passphrase-1");
  await guest.getByLabel("Confirm password").fill("a-long-enough-passphrase-1");
  await guest.getByRole("button", { name: "Create account and join" }).click();
  await expect(guest).toHaveURL(/\/settings\/profile$/);
  await expect(guest.getByTestId("current-role")).toHaveText("Builder");
  // The workspace role chosen on the invitation is in place at once.
  await guest.goto(`/settings/workspaces/${space}`);
  await expect(guest.getByTestId("workspace-members").getByRole("row").filter({ hasText: "New Comer" })).toContainText("Contributor");
  // The link worked once.
  await guest.goto(linkIn(firstMail.text));
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("Invitation not valid");

  // The other one is resent: a new link, the old one dead.
  await admin.goto("/settings/accounts/invitations");
  await expect(row(admin, newcomer)).toHaveCount(0);
  await expect(row(admin, other).getByTestId("invitation-status")).toHaveText("Invited");
  await row(admin, other).getByRole("button", { name: "Resend" }).click();
  await expect(row(admin, other).getByTestId("form-success")).toHaveText("Invitation sent again with a new link.");
  const newOtherLink = linkIn((await waitForMail(other, (m) => linkIn(m.text) !== oldOtherLink)).text);
  await guest.goto(oldOtherLink);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("Invitation not valid");
  await guest.goto(newOtherLink);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText(`Join ${fixtures.tenants.invites}`);

  // …and then cancelled: gone from the pending list, its link refused.
  await admin.reload();
  await row(admin, other).getByRole("button", { name: "Cancel invitation" }).click();
  await row(admin, other).getByRole("button", { name: "Cancel invitation" }).click();
  await expect(row(admin, other)).toHaveCount(0);
  await admin.goto("/settings/accounts/invitations?status=cancelled");
  await expect(row(admin, other).getByTestId("invitation-status")).toHaveText("Cancelled");
  await guest.goto(newOtherLink);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("Invitation not valid");
  await guest.context().close();
});

test("a user of another tenant signs in with their password on the invitation and joins", async ({ pageAs, browser, fixtures }) => {
  const elsewhere = fixtures.users.invitesElsewhere!;
  const admin = await pageAs("invitesJoinAdmin");
  const preview = await inviteAs(admin, elsewhere.email, "Consumer");
  await preview.getByRole("button", { name: "Send 1 invitation" }).click();
  await expect(admin.getByTestId("form-success")).toHaveText("1 invitation sent.");

  const guest = await anonymousPage(browser);
  await guest.goto(linkIn((await waitForMail(elsewhere.email)).text));
  await expect(guest.getByText("You already have a Gatehouse account.")).toBeVisible();
  await guest.getByLabel("Password").fill("not-the-password-at-all");
  await guest.getByRole("button", { name: "Sign in and join" }).click();
  await expect(guest.getByTestId("form-error")).toHaveText("The e-mail address, username or password is incorrect.");
  await guest.getByLabel("Password").fill("correct-horse-battery-staple-42");
  await guest.getByRole("button", { name: "Sign in and join" }).click();
  await expect(guest).toHaveURL(/\/settings\/profile$/);
  await expect(guest.getByLabel("Account menu")).toContainText(fixtures.tenants.invites);
  await expect(guest.getByTestId("current-role")).toHaveText("Consumer");
  await guest.context().close();
});

test("an invitation older than its lifetime shows “Invitation expired” and its link is refused; the Builder only reads the list", async ({ pageAs, browser }) => {
  test.skip(!process.env.DATABASE_URL, "backdating needs the Postgres server the e2e server uses");
  const email = `late-${Math.random().toString(36).slice(2, 8)}@acme.test`;
  const admin = await pageAs("invitesExpiryAdmin");
  await (await inviteAs(admin, email, "Consumer")).getByRole("button", { name: "Send 1 invitation" }).click();
  await expect(admin.getByTestId("form-success")).toHaveText("1 invitation sent.");
  const link = linkIn((await waitForMail(email)).text);

  const sql = postgres(process.env.DATABASE_URL!, { max: 1 });
  await sql`update invitations set expires_at = now() - interval '1 minute' where email = ${email}`;
  await sql.end();

  await admin.goto("/settings/accounts/invitations");
  await expect(row(admin, email).getByTestId("invitation-status")).toHaveText("Invitation expired");
  const guest = await anonymousPage(browser);
  await guest.goto(link);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("Invitation not valid");
  await guest.context().close();

  const builder = await pageAs("invitesBuilder");
  await builder.goto("/settings/accounts/invitations");
  await expect(row(builder, email).getByTestId("invitation-status")).toHaveText("Invitation expired");
  await expect(builder.getByRole("button", { name: "Resend" })).toHaveCount(0);
  await expect(builder.getByRole("link", { name: "Invite users" })).toHaveCount(0);
  await builder.goto("/settings/accounts/invitations/new");
  await expect(builder.getByRole("heading", { level: 1 })).not.toHaveText("Invite users");
});

test("the invitation pages pass axe: the list, the invite form with its preview, and both faces of the accept page", async ({ pageAs, browser }) => {
  test.slow();
  const email = `axe-${Math.random().toString(36).slice(2, 8)}@acme.test`;
  const admin = await pageAs("invitesAxeAdmin");
  const preview = await inviteAs(admin, `${email}, nope`, "Consumer");
  await expect(preview.getByTestId("refused-addresses")).toBeVisible();
  await expectNoViolations(admin);
  await preview.getByRole("button", { name: "Send 1 invitation" }).click();
  await expect(admin.getByTestId("form-success")).toHaveText("1 invitation sent.");
  await admin.goto("/settings/accounts/invitations");
  await expect(row(admin, email)).toBeVisible();
  await expectNoViolations(admin);

  const guest = await anonymousPage(browser);
  await guest.goto(linkIn((await waitForMail(email)).text));
  await expect(guest.getByRole("button", { name: "Create account and join" })).toBeVisible();
  await expectNoViolations(guest);
  await guest.goto("/invite/not-a-token");
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("Invitation not valid");
  await expectNoViolations(guest);
  await guest.context().close();
});
