import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/action/form-data";

describe("formDataToObject", () => {
  it("keeps single values and turns repeated keys into arrays in order", () => {
    const form = new FormData();
    form.append("name", "Acme");
    form.append("role", "admin");
    form.append("role", "builder");
    expect(formDataToObject(form)).toEqual({ name: "Acme", role: ["admin", "builder"] });
  });

  it("drops Next's $ACTION_ fields", () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    form.append("$ACTION_REF_1", "x");
    form.append("$ACTION_1:0", "{}");
    form.append("email", "a@example.com");
    expect(formDataToObject(form)).toEqual({ email: "a@example.com" });
  });

  it("keeps file values as files", () => {
    const form = new FormData();
    form.append("logo", new Blob(["x"]), "logo.png");
    const result = formDataToObject(form);
    expect(result.logo).toBeInstanceOf(File);
    expect((result.logo as File).name).toBe("logo.png");
  });

  it("returns an empty object for an empty form", () => {
    expect(formDataToObject(new FormData())).toEqual({});
  });
});
