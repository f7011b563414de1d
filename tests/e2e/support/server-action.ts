import type { APIRequestContext, Locator, Page } from "@playwright/test";

/** The id of the server action behind the first form on a page, as React embeds it for no-JS submission. */
export async function actionIdOf(page: Page): Promise<string> {
  const value = await page.locator('form input[type="hidden"][name$=":0"]').first().getAttribute("value");
  const id = (JSON.parse(value ?? "{}") as { id?: string }).id;
  if (!id) throw new Error("no server action found on the page");
  return id;
}

/** The ids of the `useActionState` server actions behind every form in `scope` (a page or one form), in page order. */
export async function actionIdsOf(scope: Page | Locator): Promise<string[]> {
  const values = await scope.locator('input[type="hidden"][name$=":0"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  return values.map((value) => {
    const id = (JSON.parse(value) as { id?: string }).id;
    if (!id) throw new Error("a form without a server action id");
    return id;
  });
}

/**
 * Calls a `useActionState` server action the way a hand-crafted request would, bypassing the UI: prevState and the
 * form fields encoded as React's reply format. Returns the response body (the action's result as RSC text).
 */
export async function callServerAction(request: APIRequestContext, path: string, actionId: string, fields: Record<string, string | Blob>) {
  // React prefixes the FormData argument's fields with "_<part id>_"; the root part "0" must come last, because the
  // server decodes the stream as it arrives and builds the FormData from the fields seen before the root.
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) multipart.append(`_1_${key}`, value);
  multipart.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const response = await request.post(path, { headers: { "Next-Action": actionId, Accept: "text/x-component" }, multipart });
  return { status: response.status(), body: await response.text() };
}
