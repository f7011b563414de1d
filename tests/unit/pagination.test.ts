import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "@/lib/action/errors";
import { decodeCursor, encodeCursor, toPage } from "@/lib/api/pagination";

const shape = z.tuple([z.iso.datetime(), z.uuid()]);
const id = "3f0e5a4c-0d52-4a4e-9d1e-6c0f5a2b7e11";

describe("cursor pagination", () => {
  it("round-trips a sort key", () => {
    const cursor = encodeCursor(["2026-01-01T00:00:00.000Z", id]);
    expect(decodeCursor(cursor, shape)).toEqual(["2026-01-01T00:00:00.000Z", id]);
    expect(decodeCursor(undefined, shape)).toBeNull();
  });

  it("refuses a cursor that is not one of ours as a field error", () => {
    for (const bad of ["garbage", encodeCursor(["not a date", id]), encodeCursor(["2026-01-01T00:00:00.000Z"]), Buffer.from("{").toString("base64url")]) {
      const error = (() => {
        try {
          decodeCursor(bad, shape);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).fieldErrors).toEqual({ cursor: ["This cursor is not valid; start again from the first page."] });
    }
  });

  it("returns limit rows and a cursor only when another page exists", () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    const page = toPage(rows, 2, (r) => r.n * 10, (r) => [r.n]);
    expect(page.data).toEqual([10, 20]);
    expect(JSON.parse(Buffer.from(page.nextCursor!, "base64url").toString())).toEqual([2]);
    expect(toPage(rows, 3, (r) => r.n, (r) => [r.n]).nextCursor).toBeNull();
  });
});
