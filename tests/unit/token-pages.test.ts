import { describe, expect, it } from "vitest";
import { isTokenPage } from "@/lib/http/token-pages";

describe("isTokenPage", () => {
  it.each(["/setup", "/reset-password/abc", "/invite/abc", "/verify-email/abc"])("%s carries a token", (pathname) => {
    expect(isTokenPage(pathname)).toBe(true);
  });

  it.each(["/", "/settings/profile", "/setupx", "/invites", "/sign-in", "/members/invite"])("%s does not", (pathname) => {
    expect(isTokenPage(pathname)).toBe(false);
  });
});
