/** Guide prose comes from pull requests: rendering must strip anything that can run script. */
import { describe, expect, it } from "vitest";
import { findRawHtml, inlineMarkdownToHtml, markdownToHtml } from "@/lib/markdown";

describe("markdownToHtml sanitises", () => {
  it("removes <script> elements", () => {
    const html = markdownToHtml(
      "Before\n\n<script>alert('x')</script>\n\nAfter <script>steal()</script> inline",
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("Before");
    expect(html).toContain("After");
  });

  it("removes event-handler attributes such as onerror=", () => {
    for (const md of [
      '<img src="x.png" onerror="alert(1)">',
      'Text <b onmouseover="alert(1)">bold</b>',
      '<div onclick="alert(1)">hi</div>',
    ]) {
      const html = markdownToHtml(md);
      expect(html).not.toMatch(/\bon[a-z]+\s*=/i);
      expect(html).not.toContain("alert(1)");
    }
  });

  it("removes javascript: URLs, however they are written", () => {
    for (const md of [
      "[click](javascript:alert(1))",
      "[click](JaVaScRiPt:alert(1))",
      '<a href="javascript:alert(1)">click</a>',
      "[click][ref]\n\n[ref]: javascript:alert(1)",
      "![img](javascript:alert(1))",
    ]) {
      const html = markdownToHtml(md);
      expect(html).not.toMatch(/javascript:/i);
    }
  });

  it("removes data: and vbscript: link URLs", () => {
    expect(markdownToHtml("[x](vbscript:msgbox)")).not.toMatch(/vbscript:/i);
    expect(markdownToHtml("[x](data:text/html;base64,PHNjcmlwdD4=)")).not.toMatch(/data:/i);
  });

  it("removes <iframe>, <object>, <style> and <form>", () => {
    const html = markdownToHtml(
      '<iframe src="https://evil.example"></iframe>\n\n<object data="x.swf"></object>\n\n<style>body{display:none}</style>\n\n<form action="https://evil.example"><input></form>',
    );
    expect(html).not.toMatch(/<iframe|<object|<style|<form|<input/i);
  });

  it("keeps normal Markdown: links, lists, emphasis, headings and code", () => {
    const html = markdownToHtml(
      "## Heading\n\nSee [the site](https://example.com/path?a=1) for *more* and **much more**.\n\n- one\n- two\n\n1. first\n2. second\n\nUse `npm test`.",
    );
    expect(html).toContain("<h2>Heading</h2>");
    expect(html).toContain('<a href="https://example.com/path?a=1">the site</a>');
    expect(html).toContain("<em>more</em>");
    expect(html).toContain("<strong>much more</strong>");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>first<\/li>\s*<li>second<\/li>\s*<\/ol>/);
    expect(html).toContain("<code>npm test</code>");
  });

  it("keeps relative and mailto links", () => {
    expect(markdownToHtml("[guide](/careers/backend-developer)")).toContain(
      'href="/careers/backend-developer"',
    );
    expect(markdownToHtml("[mail](mailto:hi@example.com)")).toContain('href="mailto:hi@example.com"');
  });

  it("escapes HTML in code rather than dropping or running it", () => {
    const html = markdownToHtml("`<script>alert(1)</script>`");
    expect(html).toContain("<code>&#x3C;script>alert(1)&#x3C;/script></code>");
  });
});

describe("inlineMarkdownToHtml", () => {
  it("drops the wrapping paragraph for one paragraph", () => {
    expect(inlineMarkdownToHtml("Some *text*")).toBe("Some <em>text</em>");
  });

  it("keeps paragraphs when there are several", () => {
    expect(inlineMarkdownToHtml("One\n\nTwo")).toBe("<p>One</p>\n<p>Two</p>");
  });

  it("sanitises too", () => {
    expect(inlineMarkdownToHtml("Hi [x](javascript:alert(1)) <script>bad()</script>")).not.toMatch(
      /javascript:|<script/i,
    );
  });
});

describe("findRawHtml", () => {
  it("finds raw tags outside code, to warn editors", () => {
    expect(
      findRawHtml('Text <b>bold</b> and `<code-tag>` and\n\n```\n<pre-tag>\n```\n<img src="x">'),
    ).toEqual(["<b>", "</b>", '<img src="x">']);
  });
});
