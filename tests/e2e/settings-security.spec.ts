import { actionIdsOf, callServerAction } from "./support/server-action";
import { expect, signInThroughForm, test } from "./support/test";

test("authorized domains: a Builder at another domain is refused with \"Unauthorized\" and their open session ends; the Admin still signs in", async ({ pageAs, browser, fixtures }) => {
  // Three password sign-ins (argon2) and two sessions.
  test.slow();
  const builder = await pageAs("domainsBuilder", { fresh: true });
  await builder.goto("/settings/roles");
  await expect(builder.getByRole("heading", { name: "Roles", level: 1 })).toBeVisible();

  const admin = await pageAs("domainsAdmin");
  await admin.goto("/settings/security");
  const form = admin.getByTestId("form-authorized_domains");
  await form.getByLabel("Authorized domains").fill("not a domain");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(admin.locator("#field-authorizedDomains-error")).toHaveText('"not" is not a domain name. "a" is not a domain name. "domain" is not a domain name.');
  await form.getByLabel("Authorized domains").fill("example.com");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByTestId("form-success")).toHaveText("Authorized domains saved.");
  await admin.reload();
  await expect(form.getByLabel("Authorized domains")).toHaveValue("example.com");

  // The open session ends on its next request.
  await builder.goto("/settings/profile");
  await expect(builder).toHaveURL(/\/sign-in$/);
  await signInThroughForm(builder, fixtures.users.domainsBuilder!.email);
  await expect(builder.getByTestId("form-error")).toHaveText("Unauthorized");
  await expect(builder).toHaveURL(/\/sign-in$/);

  // The Admin, at the same unlisted domain, is exempt.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await signInThroughForm(fresh, fixtures.users.domainsAdmin!.email);
  await expect(fresh).toHaveURL(/\/settings\/profile$/);
  await context.close();
});

test("AI settings: the tenant's own Bedrock is saved and shown again; a malformed role ARN or unknown region is refused next to the field", async ({ pageAs }) => {
  const page = await pageAs("brandingAdmin");
  await page.goto("/settings/ai");
  const form = page.getByTestId("form-ai");
  await expect(form.getByLabel("Platform-managed models")).toBeChecked();
  await expect(form.getByLabel("AWS Region")).toHaveCount(0);

  await form.getByLabel("Enable Builder Copilot test data access").check();
  await form.getByLabel("Your own Amazon Bedrock account").check();
  await form.getByLabel("AWS Region").selectOption("eu-central-1");
  await form.getByLabel("IAM role ARN").fill("arn:aws:iam::12345:role/Short");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#field-bedrockRoleArn-error")).toHaveText("Enter an IAM role ARN such as arn:aws:iam::123456789012:role/GatehouseBedrock.");
  // What was chosen stays after the refusal.
  await expect(form.getByLabel("AWS Region")).toHaveValue("eu-central-1");
  await expect(form.getByLabel("Enable Builder Copilot test data access")).toBeChecked();

  // The page offers only real regions; a crafted request with another one is refused next to the field.
  const [actionId] = await actionIdsOf(page);
  const crafted = await callServerAction(page.request, "/settings/ai", actionId!, {
    aiProvider: "bedrock",
    bedrockRegion: "us-east-9",
    bedrockRoleArn: "arn:aws:iam::123456789012:role/GatehouseBedrock",
    aiRequestsPerMinute: "40",
    aiMegabytesPerMinute: "3",
  });
  expect(crafted.body).toContain("Choose an AWS Region where Amazon Bedrock is offered.");

  await form.getByLabel("IAM role ARN").fill("arn:aws:iam::123456789012:role/GatehouseBedrock");
  await form.getByLabel("AI requests per minute").fill("120");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByTestId("form-success")).toHaveText("AI settings saved.");

  await page.reload();
  await expect(form.getByLabel("Enable Builder Copilot test data access")).toBeChecked();
  await expect(form.getByLabel("Your own Amazon Bedrock account")).toBeChecked();
  await expect(form.getByLabel("AWS Region")).toHaveValue("eu-central-1");
  await expect(form.getByLabel("IAM role ARN")).toHaveValue("arn:aws:iam::123456789012:role/GatehouseBedrock");
  await expect(form.getByLabel("AI requests per minute")).toHaveValue("120");
  await expect(form.getByLabel("Data processed per minute (MB)")).toHaveValue("3");
});
