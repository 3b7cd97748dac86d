// Paragraph blocks of a body written as plain paragraphs, without markdown-it. The importer writes
// every article so (one paragraph a line, markdown syntax escaped), and most hand-written ones are
// so too. markdown-it's block rules all need a line to start with a space, a tab, a digit or ASCII
// punctuation other than quotes and brackets (`#`, `>`, `-`, `*`, `+`, `_`, `=`, `` ` ``, `~`,
// `[`, `<`, `|`, `:` ...), on the line itself or the one under it (setext headings, tables). When
// no line does, every run of non-blank lines is a paragraph: markdown-it's reading, line for line.
// Otherwise (or with "\r" or NUL, which markdown-it rewrites first) this declines with null.
import type { TextBlock } from "../types.ts";

/** The blocks markdown-it would give for a body of plain paragraphs, or null for any other body. */
export function splitPlainBlocks(body: string, bodyStartLine: number): TextBlock[] | null {
  if (body.includes("\r") || body.includes("\0")) return null;
  const blocks: TextBlock[] = [];
  let paragraph = "";
  let first = -1;
  let line = 0;
  for (let start = 0; start < body.length; line++) {
    let end = body.indexOf("\n", start);
    if (end < 0) end = body.length;
    if (isBlank(body, start, end)) {
      if (first >= 0) pushBlock(blocks, paragraph, bodyStartLine + first, bodyStartLine + line - 1);
      first = -1;
    } else if (!startsPlain(body.charCodeAt(start))) return null;
    else if (first < 0) {
      first = line;
      paragraph = body.slice(start, end);
    } else paragraph += " " + body.slice(start, end); // joined by a space: the same once spaces are collapsed
    start = end + 1;
  }
  if (first >= 0) pushBlock(blocks, paragraph, bodyStartLine + first, bodyStartLine + line - 1);
  return blocks;
}

/** A paragraph's raw text → its block text: whitespace runs as one space, trimmed. */
export function collapseSpaces(text: string): string {
  // Most paragraphs have only single plain spaces: nothing to replace.
  return ODD_SPACE.test(text) ? text.replace(/\s+/g, " ").trim() : text.trim();
}

const ODD_SPACE = /\s\s|[^\S ]/;

function pushBlock(blocks: TextBlock[], raw: string, firstLine: number, lastLine: number): void {
  const text = collapseSpaces(raw);
  if (text) blocks.push({ index: blocks.length, text, lines: [firstLine, lastLine] });
}

/** Only spaces and tabs: markdown-it's blank line. */
function isBlank(body: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** A first character no block rule of markdown-it starts on: a letter, any non-ASCII, `"`, `'`, `(`. */
function startsPlain(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0x80 || c === 0x22 || c === 0x27 || c === 0x28;
}
