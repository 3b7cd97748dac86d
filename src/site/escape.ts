// Escaping for the few places output bypasses Nunjucks autoescape (JSON-LD script blocks).

export { isHttpUrl } from "../export/escape-markup.ts";

/**
 * JSON safe inside <script type="application/ld+json">: "</script>" in a title would end the
 * block, so < > & and the JS line separators become \u escapes (still the same JSON value).
 */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value, null, 1)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
