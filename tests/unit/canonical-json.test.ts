import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/audit/canonical-json";

describe("canonicalJson", () => {
  it("sorts keys, so key order does not matter", () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });

  it("sorts keys at every depth and keeps array order", () => {
    const x = { z: [{ d: 1, c: 2 }, 3], y: { b: { f: null, e: "s" }, a: true } };
    expect(canonicalJson(x)).toBe('{"y":{"a":true,"b":{"e":"s","f":null}},"z":[{"c":2,"d":1},3]}');
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it("drops undefined object values, like JSON.stringify", () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson([undefined])).toBe("[null]");
    expect(canonicalJson(undefined)).toBe("null");
  });

  it("is valid JSON that parses back to the same value", () => {
    const x = { s: 'quote " and \\ and é', n: -1.5, list: [null, { k: "v" }], empty: {} };
    expect(JSON.parse(canonicalJson(x))).toEqual(x);
  });
});
