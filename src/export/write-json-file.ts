// A big JSON document written in pieces: the same bytes as `${JSON.stringify(doc, null, 2)}\n`,
// without ever holding that text whole. timeline.json of 10,000 articles is ~70 MB of text, and
// building it as one string (twice that in memory) was the peak of a build's memory.
import { open } from "node:fs/promises";

/** Items of a top-level array per write. */
const ITEMS_PER_WRITE = 500;

/** Write `doc` (an object) to `file` as JSON indented by two spaces, with a final newline. */
export async function writeJsonFile(file: string, doc: Record<string, unknown>): Promise<void> {
  const handle = await open(file, "w");
  try {
    for (const piece of jsonPieces(doc)) await handle.write(piece);
  } finally {
    await handle.close();
  }
}

/** The pieces of `${JSON.stringify(doc, null, 2)}\n`, each top-level array a few hundred items at a time. */
export function* jsonPieces(doc: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(doc).filter((k) => isSerialized(doc[k]));
  if (!keys.length) return yield "{}\n";
  yield "{";
  for (const [n, key] of keys.entries()) {
    const value = doc[key];
    const head = `${n ? "," : ""}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      yield head + nested(value, "  ");
      continue;
    }
    yield `${head}[`;
    for (let start = 0; start < value.length; start += ITEMS_PER_WRITE) yield `${start ? "," : ""}${arrayItems(value.slice(start, start + ITEMS_PER_WRITE))}`;
    yield "\n  ]";
  }
  yield "\n}\n";
}

/**
 * Items of a top-level array as they appear in the document: "\n    item,\n    item". Stringified
 * as the one member of an object, which puts them at that depth natively (re-indenting each
 * item's text cost as much again).
 */
function arrayItems(items: unknown[]): string {
  const text = JSON.stringify({ a: items }, null, 2);
  return text.slice('{\n  "a": ['.length, -"\n  ]\n}".length);
}

/** JSON.stringify(value, null, 2) as it appears at `indent` inside a document (JSON text has no raw newlines in strings). */
function nested(value: unknown, indent: string): string {
  return (JSON.stringify(value, null, 2) ?? "null").replaceAll("\n", `\n${indent}`);
}

/** What JSON.stringify keeps as an object member (undefined, functions and symbols are left out). */
function isSerialized(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}
