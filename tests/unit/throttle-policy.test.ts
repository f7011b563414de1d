import { describe, expect, it } from "vitest";
import { ACCOUNT_FREE_FAILURES, describeWait, lockSecondsAfter } from "@/lib/auth/throttle-policy";

describe("lockSecondsAfter", () => {
  const free = ACCOUNT_FREE_FAILURES;

  it("is 0 while within the free failures", () => {
    for (let n = 0; n < free; n++) expect(lockSecondsAfter(n, free), `n=${n}`).toBe(0);
  });

  it("is 30 s at the threshold and doubles with each further failure", () => {
    expect(lockSecondsAfter(free, free)).toBe(30);
    expect(lockSecondsAfter(free + 1, free)).toBe(60);
    expect(lockSecondsAfter(free + 2, free)).toBe(120);
    expect(lockSecondsAfter(free + 6, free)).toBe(1920);
  });

  it("is capped at one hour", () => {
    expect(lockSecondsAfter(free + 7, free)).toBe(3600);
    expect(lockSecondsAfter(free + 50, free)).toBe(3600);
    expect(lockSecondsAfter(10_000, free)).toBe(3600);
  });
});

describe("describeWait", () => {
  it("uses seconds under a minute, with singular and plural", () => {
    expect(describeWait(1)).toBe("1 second");
    expect(describeWait(30)).toBe("30 seconds");
    expect(describeWait(59)).toBe("59 seconds");
  });

  it("rounds up to whole minutes from a minute on", () => {
    expect(describeWait(60)).toBe("1 minute");
    expect(describeWait(61)).toBe("2 minutes");
    expect(describeWait(3600)).toBe("60 minutes");
  });
});
