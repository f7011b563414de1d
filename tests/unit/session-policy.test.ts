import { describe, expect, it } from "vitest";
import { initialSessionTimes, isSessionExpired, slideIdleExpiry, type SessionPolicy } from "@/lib/auth/session-policy";

const MIN = 60_000;
const HOUR = 60 * MIN;
const start = new Date("2025-03-01T10:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const DEFAULTS: SessionPolicy = { idleMinutes: 60, absoluteHours: 12 };

describe("session policy", () => {
  it("starts with the policy's idle and absolute expiry", () => {
    expect(initialSessionTimes(DEFAULTS, start)).toEqual({ idleExpiresAt: at(60 * MIN), absoluteExpiresAt: at(12 * HOUR) });
    expect(initialSessionTimes({ idleMinutes: 15, absoluteHours: 1 }, start)).toEqual({ idleExpiresAt: at(15 * MIN), absoluteExpiresAt: at(HOUR) });
  });

  it("never starts with an idle expiry past the absolute one", () => {
    expect(initialSessionTimes({ idleMinutes: 120, absoluteHours: 1 }, start)).toEqual({ idleExpiresAt: at(HOUR), absoluteExpiresAt: at(HOUR) });
  });

  it("expires at the idle limit", () => {
    const times = initialSessionTimes(DEFAULTS, start);
    expect(isSessionExpired(times, at(60 * MIN - 1))).toBe(false);
    expect(isSessionExpired(times, at(60 * MIN))).toBe(true);
  });

  it("expires at the absolute limit even when recently active", () => {
    const times = { idleExpiresAt: at(13 * HOUR), absoluteExpiresAt: at(12 * HOUR) };
    expect(isSessionExpired(times, at(12 * HOUR - 1))).toBe(false);
    expect(isSessionExpired(times, at(12 * HOUR))).toBe(true);
  });

  it("slides the idle expiry forward with activity", () => {
    const { absoluteExpiresAt } = initialSessionTimes(DEFAULTS, start);
    expect(slideIdleExpiry(DEFAULTS, absoluteExpiresAt, at(2 * HOUR))).toEqual(at(3 * HOUR));
  });

  it("never slides past the absolute limit", () => {
    const { absoluteExpiresAt } = initialSessionTimes(DEFAULTS, start);
    expect(slideIdleExpiry(DEFAULTS, absoluteExpiresAt, at(11 * HOUR + 30 * MIN))).toEqual(absoluteExpiresAt);
    expect(slideIdleExpiry(DEFAULTS, absoluteExpiresAt, at(20 * HOUR))).toEqual(absoluteExpiresAt);
  });
});
