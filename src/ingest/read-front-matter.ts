// Front matter as gray-matter reads it (its data, content and raw block), with gray-matter's own
// steps for the shape every article file has: a first line of exactly "---". gray-matter costs
// ~30 µs a call besides the YAML (a Buffer copy of the whole file, option objects merged three
// times); these lines are its parseMatter for that shape, step for step. Any other text still goes
// through gray-matter itself.
import matter from "gray-matter";

export interface FrontMatter {
  /** What `parse` returned for the block, or {} when the block is empty or only comments. */
  data: object;
  /** The text after the closing "---" line. */
  content: string;
  /** The raw block between the delimiters, starting with the newline after the first "---". */
  matter: string;
}

const OPEN = "---\n";
const CLOSE = "\n---";
const COMMENT_LINES = /^\s*#[^\n]+/gm;

/** Split off the front matter and parse it with `parse` (gray-matter's `engines.yaml`). */
export function readFrontMatter(text: string, parse: (block: string) => object): FrontMatter {
  // A fresh options object keeps gray-matter's content cache off (it shares `data` between calls).
  if (!text.startsWith(OPEN)) return matter(text, { engines: { yaml: parse } }) as unknown as FrontMatter;
  // gray-matter strips the "---" and finds no language name: the rest starts with its newline.
  const rest = text.slice(OPEN.length - 1);
  const close = rest.indexOf(CLOSE);
  const block = close < 0 ? rest : rest.slice(0, close);
  const data = block.replace(COMMENT_LINES, "").trim() === "" ? {} : parse(block);
  let content = close < 0 ? "" : rest.slice(close + CLOSE.length);
  if (content[0] === "\r") content = content.slice(1);
  if (content[0] === "\n") content = content.slice(1);
  // gray-matter then looks for an excerpt when the data names a separator; that search can throw
  // (a separator whose string conversion fails), so it is made here too.
  const separator: unknown = (data as Record<string, unknown>).excerpt_separator;
  if (separator) content.indexOf(separator as string);
  return { data, content, matter: block };
}
