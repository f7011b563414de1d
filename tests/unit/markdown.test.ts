import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "@/lib/legal/markdown";

describe("the legal-text Markdown reader", () => {
  it("reads headings, paragraphs joined across lines, lists, code and rules", () => {
    expect(parseMarkdown("# Title\n\nFirst line\nsecond line\n\n- one\n- two\n  continued\n\n1. a\n2) b\n\n---\n```\nx < y\n```\n## Sub ##")).toEqual([
      { type: "heading", level: 1, children: [{ type: "text", text: "Title" }] },
      { type: "paragraph", children: [{ type: "text", text: "First line second line" }] },
      { type: "list", ordered: false, items: [[{ type: "text", text: "one" }], [{ type: "text", text: "two continued" }]] },
      { type: "list", ordered: true, items: [[{ type: "text", text: "a" }], [{ type: "text", text: "b" }]] },
      { type: "rule" },
      { type: "code", text: "x < y" },
      { type: "heading", level: 2, children: [{ type: "text", text: "Sub" }] },
    ]);
  });

  it("reads strong, emphasis, code and http(s)/mailto links", () => {
    expect(parseInline("a **b** *c* _d_ `e` [f](https://x.test/p) <mailto:dpo@x.test>")).toEqual([
      { type: "text", text: "a " },
      { type: "strong", children: [{ type: "text", text: "b" }] },
      { type: "text", text: " " },
      { type: "em", children: [{ type: "text", text: "c" }] },
      { type: "text", text: " " },
      { type: "em", children: [{ type: "text", text: "d" }] },
      { type: "text", text: " " },
      { type: "code", text: "e" },
      { type: "text", text: " " },
      { type: "link", href: "https://x.test/p", children: [{ type: "text", text: "f" }] },
      { type: "text", text: " " },
      { type: "link", href: "mailto:dpo@x.test", children: [{ type: "text", text: "mailto:dpo@x.test" }] },
    ]);
  });

  it("keeps raw HTML and unsafe links as plain text", () => {
    expect(parseMarkdown('<script>alert("x")</script>\n<img src=x onerror=alert(1)>')).toEqual([
      { type: "paragraph", children: [{ type: "text", text: '<script>alert("x")</script> <img src=x onerror=alert(1)>' }] },
    ]);
    expect(parseInline("[click](javascript:alert(1)) [data](data:text/html,x)")).toEqual([
      { type: "text", text: "[click](javascript:alert(1)) [data](data:text/html,x)" },
    ]);
    expect(parseInline("snake_case_name and 2*3*4")).toEqual([{ type: "text", text: "snake_case_name and 2*3*4" }]);
  });
});
