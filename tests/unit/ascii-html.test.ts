import { h } from "preact";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { staticBlock } from "@/components/static-block";
import { asciiHtml } from "@/lib/ascii-html";
import { renderMarkdown } from "@/lib/markdown";
import { scriptSafeJson } from "@/lib/seo/script-json";

const NOT_ASCII = /[\u0080-\u{10ffff}]/u;
/** What a browser reads from numeric character references. */
const decodeReferences = (html: string) =>
  html.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

describe("asciiHtml", () => {
  it("writes every character outside ASCII as a numeric reference, one per code point", () => {
    expect(asciiHtml("<p>12–24 months · “Senior” café 👩‍💻</p>")).toBe(
      "<p>12&#8211;24 months &#183; &#8220;Senior&#8221; caf&#233; &#128105;&#8205;&#128187;</p>",
    );
  });

  it("reads back as the same text", () => {
    const html = '<p title="£50,000–€95,000">Ça va — naïve résumé ✓ 𝔸</p>';
    expect(asciiHtml(html)).not.toMatch(NOT_ASCII);
    expect(decodeReferences(asciiHtml(html))).toBe(html);
  });

  it("returns ASCII HTML as it is", () => {
    const html = "<p>Plain &amp; simple</p>";
    expect(asciiHtml(html)).toBe(html);
  });

  it("refuses HTML with a script or style element, where references are not read", () => {
    expect(() => asciiHtml('<script type="application/ld+json">{"a":"–"}</script>')).toThrow(/script/);
    expect(() => asciiHtml("<STYLE>p::before{content:'–'}</STYLE>")).toThrow(/script.*style/);
    // Without characters to write as references there is nothing to refuse.
    expect(asciiHtml("<script>1</script>")).toBe("<script>1</script>");
  });
});

describe("HTML the pages carry is ASCII", () => {
  it("rendered Markdown", () => {
    const html = renderMarkdown("Plan on **6–18 months**; it’s “worth it”, says the guide.");
    expect(html).not.toMatch(NOT_ASCII);
    expect(decodeReferences(html)).toBe(
      "<p>Plan on <strong>6–18 months</strong>; it’s “worth it”, says the guide.</p>\n",
    );
  });

  it("a static block", () => {
    const Range = ({ text }: { text: string }) => h("p", null, text);
    const Block = staticBlock(Range);
    const html = renderToStaticMarkup(
      createElement(Block as (p: { text: string }) => ReactElement, { text: "$70,000–$170,000" }),
    );
    expect(html).toBe("<div><p>$70,000&#8211;$170,000</p></div>");
  });

  it("structured data: \\u escapes that JSON.parse reads back", () => {
    const data = { name: "AWS Certified Developer – Associate", text: "It’s 𝔸 “quoted” </script>" };
    const json = scriptSafeJson(data);
    expect(json).not.toMatch(NOT_ASCII);
    expect(json).not.toContain("</script");
    expect(JSON.parse(json)).toEqual(data);
  });
});
