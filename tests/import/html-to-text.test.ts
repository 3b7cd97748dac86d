import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText } from "../../src/import/html-to-text.ts";

describe("htmlToText", () => {
  const cases: [string, string, string][] = [
    ["block tags end lines", "<h1>Title</h1><p>One.</p><p>Two.</p>", "Title\n\nOne.\n\nTwo."],
    ["scripts, styles, comments go", "<p>a</p><script>alert('<p>x</p>')</script><style>p{}</style><!-- note --><p>b</p>", "a\n\nb"],
    ["an unclosed script hides the rest", "<p>a</p><script>var x = 1;<p>b</p>", "a"],
    ["inline tags become spaces", "<p>Talks in <b>Astana</b> resumed.</p>", "Talks in Astana resumed."],
    ["entities", "<p>Russia&rsquo;s &ldquo;mechanism&rdquo; &amp; &#x2014; &#8217;</p>", "Russia’s “mechanism” & — ’"],
  ];
  it.each(cases)("%s", (_name, html, text) => {
    expect(htmlToText(html).trim()).toBe(text);
  });

  it("leaves unknown and out-of-range entities alone", () => {
    expect(decodeEntities("&bogus; &#0; &#x110000;")).toBe("&bogus; &#0; &#x110000;");
  });

  it("stays linear on many unclosed tags", () => {
    const start = performance.now();
    htmlToText("<script>".repeat(100_000) + "<!--".repeat(100_000));
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
