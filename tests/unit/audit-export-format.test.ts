import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/audit/event-cursor";
import { toPrefixQuery } from "@/lib/audit/event-query";
import { csvCell } from "@/lib/audit/export/format";

describe("CSV cells", () => {
  it("quotes separators, quotes and line breaks, and defuses formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell(null)).toBe("");
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
  });
});

describe("page cursors", () => {
  it("round-trip and reject anything else", () => {
    const cursor = { direction: "older" as const, position: { at: new Date("2025-01-02T03:04:05.678Z"), id: 42 } };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("garbage")).toBeUndefined();
    expect(decodeCursor(Buffer.from("o|2025-01-02T00:00:00Z|-3").toString("base64url"))).toBeUndefined();
    expect(decodeCursor(undefined)).toBeUndefined();
  });
});

describe("free-text search", () => {
  it("turns words into quoted prefix terms, so query syntax in the text is inert", () => {
    expect(toPrefixQuery("alice  renamed")).toBe("'alice':* & 'renamed':*");
    expect(toPrefixQuery("o'brien & !")).toBe("'o''brien':* & '&':* & '!':*");
    expect(toPrefixQuery("   ")).toBeUndefined();
  });
});
