import { describe, expect, it } from "vitest";
import { allowedExpiries, expiryDate, lifetimeDaysOf } from "@/lib/api-keys/expiry";

describe("API key expiry", () => {
  it("offers 7, 30, 90, 365 days and no expiry when the tenant sets no maximum", () => {
    expect(allowedExpiries(null)).toEqual(["7d", "30d", "90d", "365d", "never"]);
  });

  it("drops 'never' and anything longer than the tenant's maximum", () => {
    expect(allowedExpiries(90)).toEqual(["7d", "30d", "90d"]);
    expect(allowedExpiries(100)).toEqual(["7d", "30d", "90d"]);
    expect(allowedExpiries(7)).toEqual(["7d"]);
  });

  it("turns a lifetime into a date", () => {
    const from = new Date("2026-01-01T00:00:00Z");
    expect(lifetimeDaysOf("30d")).toBe(30);
    expect(lifetimeDaysOf("never")).toBeNull();
    expect(expiryDate(30, from)?.toISOString()).toBe("2026-01-31T00:00:00.000Z");
    expect(expiryDate(null, from)).toBeNull();
  });
});
