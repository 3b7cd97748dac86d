// `html` tagged templates for the fragments rendered once per event and reused on every listing (see
// event-html.ts). Like Nunjucks autoescape, every interpolated value is escaped unless it is itself a
// fragment built by `html`: article text can never become markup.

/** Markup built by `html`; the only values interpolated unescaped. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** Text → HTML text or attribute value: the exports' escaper (quotes included; characters markup forbids dropped). */
export { escapeMarkup as escapeHtml } from "../export/escape-markup.ts";
import { escapeMarkup as escapeHtml } from "../export/escape-markup.ts";

/** One interpolated value: fragments as they are, lists joined, null/undefined/false as nothing, the rest escaped. */
function interpolate(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(interpolate).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

/** html`<a href="${url}">${title}</a>`: a SafeHtml with every value escaped. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += interpolate(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Fragments joined with a separator (", " between links). */
export function joinHtml(parts: SafeHtml[], separator: string): SafeHtml {
  return new SafeHtml(parts.map((p) => p.value).join(escapeHtml(separator)));
}
