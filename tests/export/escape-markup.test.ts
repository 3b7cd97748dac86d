import { describe, expect, it } from "vitest";
import { escapeMarkup, isHttpUrl } from "../../src/export/escape-markup.ts";
import { eventPageUrl, normalizePathPrefix } from "../../src/export/site-url.ts";

describe("escapeMarkup", () => {
  // prettier-ignore
  const cases: [input: string, expected: string][] = [
    // input                          expected
    [`<script>alert("x")</script>`,   "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"],
    ["Tom & Jerry's",                 "Tom &amp; Jerry&#39;s"],
    ["&amp; stays visible",           "&amp;amp; stays visible"],
    ["]]> ends CDATA",                "]]&gt; ends CDATA"],
    ["NUL\u0000 BEL\u0007 ESC\u001b", "NUL BEL ESC"],
    ["tab\tLF\nCR\r kept",            "tab\tLF\nCR\r kept"],
    ["lone \uD800 surrogate",         "lone  surrogate"],
    ["pair 😀 kept \uFFFF",           "pair 😀 kept "],
  ];
  it.each(cases)("%j → %j", (input, expected) => {
    expect(escapeMarkup(input)).toBe(expected);
  });
});

describe("isHttpUrl", () => {
  // prettier-ignore
  const cases: [url: string | null, expected: boolean][] = [
    ["https://example.org/a?b=1",       true],
    ["http://example.org",              true],
    ["HTTPS://EXAMPLE.ORG",             true],
    ["javascript:alert(1)",             false],
    [" javascript:alert(1)",            false],
    ["data:text/html,<script>",         false],
    ["//example.org/protocol-relative", false],
    ["/relative/path",                  false],
    ["ftp://example.org",               false],
    ["",                                false],
    [null,                              false],
  ];
  it.each(cases)("%j → %s", (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });
});

describe("site URLs", () => {
  // prettier-ignore
  const prefixes: [input: string, expected: string][] = [
    ["",        "/"],
    ["/",       "/"],
    ["sub",     "/sub/"],
    ["/sub",    "/sub/"],
    ["/sub/",   "/sub/"],
    ["//a//b/", "/a/b/"],
  ];
  it.each(prefixes)("pathPrefix %j → %j", (input, expected) => {
    expect(normalizePathPrefix(input)).toBe(expected);
  });

  it("flattens an event id that is not a clean slug into its anchor on the month page", () => {
    expect(eventPageUrl({ id: "a b/../c", date: { start: { year: 2017, month: 2 } } }, { pathPrefix: "/" })).toBe("http://localhost:8080/years/2017/02/#e-a-b-..-c");
    expect(eventPageUrl({ id: "x", date: { start: { year: 2017 } } }, { pathPrefix: "/sub/", siteUrl: "https://example.org" })).toBe("https://example.org/sub/years/2017/undated/#e-x");
  });
});
