import { expect, test } from "@playwright/test";

test("pages carry a nonce-based CSP and the hardening headers; no X-Powered-By", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const csp = first.headers()["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["x-frame-options"]).toBe("DENY");
  expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first.headers()["x-powered-by"]).toBeUndefined();
  // Served over plain http in this test: no HSTS (it is only sent when APP_URL is https).
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
});

test("pages whose address carries a token send no referrer", async ({ request }) => {
  for (const path of ["/setup?token=abc", "/reset-password/abc", "/invite/abc"]) {
    const response = await request.get(path);
    expect(response.headers()["referrer-policy"], path).toBe("no-referrer");
  }
});
