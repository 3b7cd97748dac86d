// A saved HTML page -> one line per block, so the text rules can read it. Not a browser: enough
// for pages saved with "Save as"; scripts, styles and comments are dropped, entities decoded.

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", ndash: "–", mdash: "—", hellip: "…" };

/** Decode &amp; &#8217; &#x2019; and the common named entities. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

/** Strip tags; block elements end a line. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "\n")
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<(?:br|hr)\b[^>]*>/gi, "\n")
      .replace(/<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|nav|aside|figure|figcaption|blockquote|title|main)\b[^>]*>/gi, "\n")
      .replace(/<[^>]{0,2000}>/g, " "),
  )
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}
