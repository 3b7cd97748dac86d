// Whitespace a scrape leaves behind: BOM, CRLF, NBSP, zero-width characters, tabs, runs of spaces.

// Spaces that look like a space but are not U+0020 (NBSP, en/em spaces, narrow NBSP, ideographic space).
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
// Invisible characters that split words for search and extraction ("As\u200Btana").
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Control characters other than newline.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/** One line ending (\n), plain spaces, no invisible characters, no trailing spaces, no BOM. */
export function normalizeWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029\u0085]/g, "\n")
    .replace(INVISIBLE, "")
    .replace(CONTROL, "")
    .replace(ODD_SPACES, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n");
}
