import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime } from "@/lib/format/date-time";

const us = { dateFormat: "MM/DD/YYYY", timeFormat: "12h" } as const;
const eu = { dateFormat: "DD/MM/YYYY", timeFormat: "24h" } as const;

describe("date and time formatting", () => {
  it("follows the tenant's date format", () => {
    const d = new Date("2026-03-04T05:06:07Z");
    expect(formatDate(d, us)).toBe("03/04/2026");
    expect(formatDate(d, eu)).toBe("04/03/2026");
  });

  it("follows the tenant's time format, including midnight and noon", () => {
    expect(formatTime(new Date("2026-03-04T00:05:00Z"), us)).toBe("12:05 AM");
    expect(formatTime(new Date("2026-03-04T12:30:00Z"), us)).toBe("12:30 PM");
    expect(formatTime(new Date("2026-03-04T23:59:00Z"), us)).toBe("11:59 PM");
    expect(formatTime(new Date("2026-03-04T00:05:00Z"), eu)).toBe("00:05");
    expect(formatTime(new Date("2026-03-04T23:59:00Z"), eu)).toBe("23:59");
  });

  it("renders the same instant the same way whatever the server's time zone", () => {
    expect(formatDateTime(new Date("2026-12-31T23:30:00-02:00"), eu)).toBe("01/01/2027 01:30 UTC");
  });
});
