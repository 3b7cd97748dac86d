// Text from articles goes into XML (Atom) and HTML (TimelineJS): escape it, and drop what XML forbids.

/**
 * Characters XML 1.0 forbids even as references: C0 controls except tab, LF, CR; lone
 * surrogates; U+FFFE/U+FFFF. e.g. a scraped "\u0000" or "\u001b[31m" makes a feed reader
 * reject the whole feed, so they are removed, not escaped.
 * https://www.w3.org/TR/xml/#charsets
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character XML_FORBIDDEN might match (any surrogate): most text has none, and one test is cheaper than the replacement. */
const MAY_BE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Remove characters no XML document may contain (see XML_FORBIDDEN). */
export function stripForbiddenChars(text: string): string {
  return MAY_BE_FORBIDDEN.test(text) ? text.replace(XML_FORBIDDEN, "") : text;
}

/**
 * Any character escapeMarkup might change (markup, C0 controls, surrogates, U+FFFE/U+FFFF): most
 * text has none, and one test is far cheaper than the two replacements.
 */
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escape text for XML or HTML element content and quoted attributes: & < > " ' and forbidden characters. */
export function escapeMarkup(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return stripForbiddenChars(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** true only for absolute http: and https: URLs: `javascript:`, `data:` and relative paths never become links. */
export function isHttpUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
