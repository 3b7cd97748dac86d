import { describe, expect, it } from "vitest";
import { escapeHtml, html, joinHtml, SafeHtml } from "../../src/site/html.ts";

describe("html tagged templates", () => {
  // prettier-ignore
  const values: [value: unknown, expected: string][] = [
    // interpolated value                       output
    ["<script>alert(1)</script>",               "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"],
    ['" onmouseover="x',                        "<p>&quot; onmouseover=&quot;x</p>"],
    ["Tom & Jerry's",                           "<p>Tom &amp; Jerry&#39;s</p>"],
    [html`<b>${"<i>"}</b>`,                     "<p><b>&lt;i&gt;</b></p>"],
    [["<a>", html`<br>`, 3],                    "<p>&lt;a&gt;<br>3</p>"],
    [null,                                      "<p></p>"],
    [undefined,                                 "<p></p>"],
    [false,                                     "<p></p>"],
    [0,                                         "<p>0</p>"],
    [{ toString: () => "<obj>" },               "<p>&lt;obj&gt;</p>"],
  ];
  it.each(values)("%j → %s", (value, expected) => {
    expect(html`<p>${value}</p>`.value).toBe(expected);
  });

  it("only trusts SafeHtml built by html, not a string that looks like markup", () => {
    expect(html`${"<b>x</b>"}`.value).toBe("&lt;b&gt;x&lt;/b&gt;");
    expect(html`${new SafeHtml("<b>x</b>")}`.value).toBe("<b>x</b>");
  });

  it("escapes the separator of joinHtml and keeps the parts", () => {
    expect(joinHtml([html`<a>1</a>`, html`<a>2</a>`], " & ").value).toBe("<a>1</a> &amp; <a>2</a>");
    expect(escapeHtml("a<b>&\"'")).toBe("a&lt;b&gt;&amp;&quot;&#39;");
  });
});
