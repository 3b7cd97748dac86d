// The YAML the importer writes (write-article-file.ts) and most editors keep: one `key: value` a
// line, each value a double-quoted string in JSON syntax or null, a list as `key:` then `  - "…"`
// lines. The full parser spends ~75 µs on such a block, mostly building a document tree; this
// reads it directly and declines (null) anything else, which then goes to the full parser. It
// only takes what gives the same value under the YAML 1.2 core schema with no doubt:
// - keys are lower-case words (not null/true/false, which the core schema would not read as text);
// - a double-quoted string uses only escapes JSON and YAML read alike, and no character the YAML
//   lexer treats apart (controls, line and paragraph separators, BOM, non-characters, surrogates);
// - no comments, tags, anchors, flow collections (but `[]`), other indentation or repeated keys.

const KEY_LINE = /^([a-z][a-z0-9_]*):(?: (.+))?$/;
const ITEM_PREFIX = "  - ";
const JSON_STRING = /^"(?:[^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/;
const NOT_TEXT_KEYS = new Set(["null", "true", "false"]);

/** The mapping a flat YAML block holds, or null when the block is anything else (parse it in full). */
export function readFlatYaml(text: string): Record<string, unknown> | null {
  const result: Record<string, unknown> = {};
  // The key whose value was left empty: list items may follow it.
  let listKey: string | null = null;
  let keys = 0;
  // Line by line without splitting first: a block that is not flat is usually told on its first lines.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line === "") continue;
    if (line.startsWith(ITEM_PREFIX)) {
      if (listKey === null) return null;
      const item = readQuoted(line.slice(ITEM_PREFIX.length));
      if (item === null) return null;
      const list = result[listKey];
      if (Array.isArray(list)) list.push(item);
      else result[listKey] = [item];
      continue;
    }
    const m = KEY_LINE.exec(line);
    const key = m?.[1];
    if (m === null || key === undefined || NOT_TEXT_KEYS.has(key) || Object.hasOwn(result, key)) return null;
    const value = m[2];
    listKey = value === undefined ? key : null;
    keys++;
    if (value === undefined || value === "null") result[key] = null;
    else if (value === "[]") result[key] = [];
    else {
      const scalar = readQuoted(value);
      if (scalar === null) return null;
      result[key] = scalar;
    }
  }
  // An empty document is null for the full parser, not an empty mapping.
  return keys > 0 ? result : null;
}

function readQuoted(value: string): string | null {
  return value.charCodeAt(0) === 0x22 && JSON_STRING.test(value) ? (JSON.parse(value) as string) : null;
}
