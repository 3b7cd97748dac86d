// Markdown input: the fields an editor already gave, and paragraphs unwrapped to one line each.
import type { Diagnostic } from "../types.ts";
import { parseIsoPartial, toIsoPartial } from "../util/date-point.ts";
import { isMarkdownStructure } from "./line-features.ts";

export interface GivenFields {
  title?: string;
  published?: string | null;
  published_note?: string | null;
  source?: string | null;
  url?: string | null;
}

const TEXT_FIELDS = ["title", "published_note", "source", "url"] as const;

/** Read the fields the importer knows from parsed front matter; wrong types become warnings. */
export function readGivenFields(data: Record<string, unknown>, file: string): { fields: GivenFields; diagnostics: Diagnostic[] } {
  const fields: GivenFields = {};
  const diagnostics: Diagnostic[] = [];
  const warn = (field: string, expected: string, value: unknown) =>
    diagnostics.push({
      ruleId: "import-front-matter-type",
      severity: "warning",
      message: `Front matter field \`${field}\` should be ${expected}, found ${describe(value)}; it was ignored and detected from the text instead.`,
      hint: `Write \`${field}: "..."\` with quotes.`,
      file,
    });
  for (const key of TEXT_FIELDS) {
    const value = data[key];
    if (value === undefined) continue;
    if (typeof value === "string") fields[key] = value;
    else if (value === null && key !== "title") fields[key] = null;
    else warn(key, "a string", value);
  }
  const published = data.published;
  if (published === null) fields.published = null;
  else if (published instanceof Date && !Number.isNaN(published.getTime()))
    // An unquoted 2017-02-13 arrives as a Date at UTC midnight: keep the calendar day it names.
    fields.published = published.toISOString().slice(0, 10);
  else if (typeof published === "string" || typeof published === "number") {
    const point = parseIsoPartial(String(published));
    if (point) fields.published = toIsoPartial(point);
    else warn("published", 'a date "YYYY-MM-DD", "YYYY-MM" or "YYYY"', published);
  } else if (published !== undefined) warn("published", 'a date "YYYY-MM-DD", "YYYY-MM" or "YYYY"', published);
  return { fields, diagnostics };
}

/** Join the lines of each paragraph into one; keep headings, lists, quotes and fences as they are. */
export function unwrapMarkdownParagraphs(text: string): { lines: string[]; sourceLines: number[] } {
  const lines: string[] = [];
  const sourceLines: number[] = [];
  let open = false;
  let fenced = false;
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    if (line === "" || fenced || isMarkdownStructure(line) || /^(```|~~~)/.test(line)) {
      lines.push(line);
      sourceLines.push(i + 1);
      open = false; // a structural line or a blank line ends the paragraph
      return;
    }
    if (open) lines[lines.length - 1] = `${lines[lines.length - 1] ?? ""} ${line}`;
    else {
      lines.push(line);
      sourceLines.push(i + 1);
    }
    open = true;
  });
  return { lines, sourceLines };
}

/** A short, bounded description of a YAML value: never serialise it (an alias bomb would explode). */
function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return `an unquoted date (${Number.isNaN(value.getTime()) ? "invalid" : value.toISOString().slice(0, 10)})`;
  if (value !== null && typeof value === "object") return "a mapping";
  const text = String(value);
  return `${typeof value} ${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)}`;
}
