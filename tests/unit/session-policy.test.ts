import { describe, expect, it } from "vitest";
import {
  DEFAULT_ABSOLUTE_HOURS,
  DEFAULT_IDLE_MINUTES,
  initialSessionTimes,
  isSessionExpired,
  slideIdleExpiry,
} from "@/lib/auth/session-policy";

const MIN = 60_000;
const HOUR = 60 * MIN;
const start = new Date("2025-03-01T10:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);

describe("session policy", () => {
  it("starts with a 60-minute idle and a 12-hour absolute expiry", () => {
    expect(DEFAULT_IDLE_MINUTES).toBe(60);
    expect(DEFAULT_ABSOLUTE_HOURS).toBe(12);
    expect(initialSessionTimes(start)).toEqual({ idleExpiresAt: at(60 * MIN), absoluteExpiresAt: at(12 * HOUR) });
  });

  it("expires at the idle limit", () => {
    const times = initialSessionTimes(start);
    expect(isSessionExpired(times, at(60 * MIN - 1))).toBe(false);
    expect(isSessionExpired(times, at(60 * MIN))).toBe(true);
  });

  it("expires at the absolute limit even when recently active", () => {
    const times = { idleExpiresAt: at(13 * HOUR), absoluteExpiresAt: at(12 * HOUR) };
    expect(isSessionExpired(times, at(12 * HOUR - 1))).toBe(false);
    expect(isSessionExpired(times, at(12 * HOUR))).toBe(true);
  });

  it("slides the idle expiry forward with activity", () => {
    const { absoluteExpiresAt } = initialSessionTimes(start);
    expect(slideIdleExpiry(absoluteExpiresAt, at(2 * HOUR))).toEqual(at(3 * HOUR));
  });

  it("never slides past the absolute limit", () => {
    const { absoluteExpiresAt } = initialSessionTimes(start);
    expect(slideIdleExpiry(absoluteExpiresAt, at(11 * HOUR + 30 * MIN))).toEqual(absoluteExpiresAt);
    expect(slideIdleExpiry(absoluteExpiresAt, at(20 * HOUR))).toEqual(absoluteExpiresAt);
  });
});
