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

/**
 * Drop hidden elements and comments with one forward scan: a lazy regex like
 * /<script>[\s\S]*?<\/script>/ rescans to the end of the page for every unclosed tag (quadratic).
 */
function dropHidden(html: string): string {
  const lower = html.toLowerCase();
  let out = "";
  let at = 0;
  const opener = /<!--|<(script|style|noscript|template|svg)\b/g;
  let m: RegExpExecArray | null;
  while ((m = opener.exec(lower)) !== null) {
    const closer = m[0] === "<!--" ? "-->" : `</${m[1] ?? ""}`;
    const end = lower.indexOf(closer, m.index + m[0].length);
    out += html.slice(at, m.index) + "\n";
    if (end < 0) return out; // unclosed: the rest of the page is inside it
    at = lower.indexOf(">", end) < 0 ? html.length : lower.indexOf(">", end) + 1;
    opener.lastIndex = at;
  }
  return out + html.slice(at);
}

/** Strip tags; block elements end a line. */
export function htmlToText(html: string): string {
  return decodeEntities(
    dropHidden(html)
      .replace(/<(?:br|hr)\b[^>]*>/gi, "\n")
      .replace(/<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|nav|aside|figure|figcaption|blockquote|title|main)\b[^>]*>/gi, "\n")
      .replace(/<[^>]{0,2000}>/g, " "),
  )
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}
