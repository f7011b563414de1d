import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZCheckbox } from "@/lib/validation/form-fields";

describe("ZCheckbox", () => {
  const form = z.object({ box: ZCheckbox });

  it("reads a ticked box and JSON true as true; an absent box and JSON false as false", () => {
    expect([{ box: "on" }, { box: true }, { box: "true" }].map((v) => form.parse(v).box)).toEqual([true, true, true]);
    expect([{}, { box: false }, { box: "false" }].map((v) => form.parse(v).box)).toEqual([false, false, false]);
  });

  it("refuses anything else instead of reading it as false", () => {
    for (const box of ["yes", "off", 1, 0, null, ""]) {
      const result = form.safeParse({ box });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ["box"], message: "Choose true or false." });
    }
  });

  it("is documented as an optional boolean", () => {
    expect(z.toJSONSchema(form, { io: "input" })).toMatchObject({ properties: { box: { type: "boolean" } } });
    expect(z.toJSONSchema(form, { io: "input" })).not.toHaveProperty("required");
  });
});
