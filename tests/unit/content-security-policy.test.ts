import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";

function directives(csp: string): Map<string, string> {
  return new Map(csp.split("; ").map((d) => [d.split(" ")[0]!, d] as const));
}

describe("contentSecurityPolicy", () => {
  const prod = directives(contentSecurityPolicy("abc123", { dev: false, https: true }));

  it("allows scripts only by nonce, never inline", () => {
    const scriptSrc = prod.get("script-src")!;
    expect(scriptSrc).toContain("'nonce-abc123'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins and base-uri changes", () => {
    expect(prod.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(prod.get("object-src")).toBe("object-src 'none'");
    expect(prod.get("base-uri")).toBe("base-uri 'none'");
  });

  it("allows unsafe-eval in development only", () => {
    const dev = directives(contentSecurityPolicy("n", { dev: true, https: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("upgrades insecure requests only over https", () => {
    expect(prod.has("upgrade-insecure-requests")).toBe(true);
    const http = directives(contentSecurityPolicy("n", { dev: false, https: false }));
    expect(http.has("upgrade-insecure-requests")).toBe(false);
  });
});
