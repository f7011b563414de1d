import type { Page } from "@playwright/test";
import { formatDate } from "@/lib/format/date-time";
import { createApiKey } from "./support/console-steps";
import { actionIdsOf, callServerAction } from "./support/server-action";
import { expect, test } from "./support/test";

// A real 1×1 PNG, so the browser can decode what the sidebar shows.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("Logo file").setInputFiles(file);
  await page.getByTestId("form-logo").getByRole("button", { name: "Upload" }).click();
}

test("an uploaded PNG logo shows in the sidebar; a 12 MB file, a GIF and a text file named .png are refused and the logo stays", async ({ pageAs }) => {
  // Several uploads, one of 12 MB through the server, and reloads: more than the default 30 s on a busy machine.
  test.slow();
  const page = await pageAs("brandingAdmin");
  await page.goto("/settings/general");
  await upload(page, { name: "logo.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByTestId("form-logo").getByTestId("form-success")).toHaveText("Logo uploaded.");
  await page.reload();
  const logo = page.getByTestId("sidebar-logo");
  await expect(logo).toBeVisible();
  await expect(logo).toHaveJSProperty("naturalWidth", 1);
  const box = await logo.boundingBox();
  expect([box?.width, box?.height]).toEqual([30, 30]);
  const src = (await logo.getAttribute("src"))!;
  expect(src).toMatch(/^\/tenant-logo\?v=[0-9a-f]{16}$/);

  const served = await page.request.get(src);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["cache-control"]).toBe("private, max-age=31536000, immutable");
  const etag = served.headers()["etag"]!;
  expect((await page.request.get(src, { headers: { "If-None-Match": etag } })).status()).toBe(304);

  const fileError = page.locator("#field-logo-error");
  // Too big: the page says so before sending anything, and the server says so too if the check is bypassed.
  await page.getByLabel("Logo file").setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.concat([PNG, Buffer.alloc(12 * 1024 * 1024 - PNG.length)]) });
  await expect(fileError).toHaveText("The file is 12.0 MB; a logo may be at most 10 MB.");
  await page.getByTestId("form-logo").getByRole("button", { name: "Upload" }).click();
  await expect(fileError).toHaveText("The file is 12.0 MB; a logo may be at most 10 MB.");
  const [uploadActionId] = await actionIdsOf(page.getByTestId("form-logo"));
  const crafted = await callServerAction(page.request, "/settings/general", uploadActionId!, {
    logo: new File([new Uint8Array(Buffer.concat([PNG, Buffer.alloc(11_500_000)]))], "huge.png", { type: "image/png" }),
  });
  expect(crafted.body).toContain("a logo may be at most 10 MB.");

  await upload(page, { name: "anim.gif", mimeType: "image/gif", buffer: Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;") });
  await expect(fileError).toHaveText("GIF images are not accepted. Upload a PNG or JPEG image.");
  await upload(page, { name: "notes.png", mimeType: "image/png", buffer: Buffer.from("These are my notes, not a picture.") });
  await expect(fileError).toHaveText('"notes.png" is not a PNG or JPEG image: its content does not match, whatever its name says.');

  await page.reload();
  await expect(page.getByTestId("sidebar-logo")).toHaveAttribute("src", src);

  // Remove (after confirming): the sidebar shows the name only.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Remove logo" }).click();
  await expect(page.getByTestId("logo-none")).toBeVisible();
  await expect(page.getByTestId("sidebar-logo")).toHaveCount(0);
});

const LAST_CHANGED = (date: string, time: RegExp, who: string) =>
  new RegExp(`^Last changed ${date.replace(/\//g, "\\/")} ${time.source} UTC by ${who}$`);

test("DD/MM/YYYY and 24-hour time apply to the dates on every settings page at once", async ({ pageAs, fixtures }) => {
  const page = await pageAs("formatsAdmin");
  const who = fixtures.users.formatsAdmin!.name;
  const saves = [
    { path: "/settings/general", section: "invitations", field: "Invitation lifetime (days)", value: "8", message: "Invitation lifetime saved." },
    { path: "/settings/ai", section: "ai", field: "AI requests per minute", value: "41", message: "AI settings saved." },
    { path: "/settings/security", section: "password_policy", field: "Minimum password length", value: "13", message: "Password policy saved." },
  ];
  const today = (dateFormat: "MM/DD/YYYY" | "DD/MM/YYYY") => formatDate(new Date(), { dateFormat, timeFormat: "24h" });
  for (const s of saves) {
    await page.goto(s.path);
    const form = page.getByTestId(`form-${s.section}`);
    await form.getByLabel(s.field).fill(s.value);
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByTestId("form-success")).toHaveText(s.message);
    await expect(page.getByTestId(`last-changed-${s.section}`)).toHaveText(LAST_CHANGED(today("MM/DD/YYYY"), /\d{1,2}:\d{2} (AM|PM)/, who));
  }

  await page.goto("/settings/general");
  const formats = page.getByTestId("form-date_time");
  await formats.getByLabel("DD/MM/YYYY (31/12/2026)").check();
  await formats.getByLabel("24-hour (14:30)").check();
  await formats.getByRole("button", { name: "Save" }).click();
  await expect(formats.getByTestId("form-success")).toHaveText("Date and time format saved.");

  for (const s of saves) {
    await page.goto(s.path);
    await expect(page.getByTestId(`last-changed-${s.section}`)).toHaveText(LAST_CHANGED(today("DD/MM/YYYY"), /\d{2}:\d{2}/, who));
  }
  await page.goto("/settings/general");
  await expect(page.getByTestId("last-changed-date_time")).toHaveText(LAST_CHANGED(today("DD/MM/YYYY"), /\d{2}:\d{2}/, who));

  // Lists outside the settings pages go through the same formatter: the API keys and the audit log.
  const dateTime24h = new RegExp(`^${today("DD/MM/YYYY").replace(/\//g, "\\/")} \\d{2}:\\d{2} UTC$`);
  await page.goto("/settings/api-keys");
  await createApiKey(page, "Format check");
  await page.getByRole("dialog", { name: "Create an API key" }).getByRole("button", { name: "Done" }).click();
  const keyRow = page.getByTestId("api-keys").getByRole("row").filter({ hasText: "Format check" });
  await expect(keyRow.getByRole("cell").nth(3)).toHaveText(dateTime24h);
  await page.goto("/settings/audit-logs");
  await expect(page.getByTestId("audit-events").getByRole("row").nth(1).getByRole("cell").first()).toHaveText(dateTime24h);
});

test("leaving a settings form with unsaved changes asks first", async ({ pageAs }) => {
  const page = await pageAs("formatsAdmin", { fresh: true });
  await page.goto("/settings/security");
  await page.getByLabel("Idle timeout (minutes)").fill("45");
  await expect(page.getByTestId("form-session_policy").getByText("Unsaved changes")).toBeVisible();

  // An in-app link: dismissing the question keeps the page and the typed value.
  const dialogs: string[] = [];
  page.once("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Roles" }).click();
  await expect.poll(() => dialogs).toEqual(["confirm: You have unsaved changes. Leave this page and lose them?"]);
  await expect(page).toHaveURL(/\/settings\/security$/);
  await expect(page.getByLabel("Idle timeout (minutes)")).toHaveValue("45");

  // Closing the tab or reloading: the browser's own beforeunload question (accepted, so the tab closes cleanly).
  const closed = new Promise((resolve) => page.once("close", resolve));
  page.once("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(dialogs).toContain("beforeunload");
});
