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

  it("leaves the text of script and style elements as it is: references are not read there", () => {
    expect(
      asciiHtml(
        '<p>–</p><script type="application/ld+json">{"a":"–"}</script><STYLE>p::before{content:"–"}</STYLE>–',
      ),
    ).toBe(
      '<p>&#8211;</p><script type="application/ld+json">{"a":"–"}</script><STYLE>p::before{content:"–"}</STYLE>&#8211;',
    );
  });

  it("converts the words <script> where they are an attribute's text, as in a Markdown link's title", () => {
    const html = renderMarkdown('[guide](https://example.com "<script > – ")');
    expect(html).not.toMatch(NOT_ASCII);
    expect(decodeReferences(html)).toContain('title="<script > – "');
  });

  it("stays one pass on many unclosed openings (hostile link titles)", () => {
    const html = '<p title="<script x">–</p><i title="<style">é</i>'.repeat(20_000);
    const ascii = asciiHtml(html);
    expect(ascii).not.toMatch(NOT_ASCII);
    expect(decodeReferences(ascii)).toBe(html);
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
