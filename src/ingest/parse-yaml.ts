// Safe YAML for everything an editor writes: YAML 1.2 core schema (no !!js/function, no
// timestamps turned into Dates), alias bombs capped, errors as diagnostics with a line.
import { parseDocument } from "yaml";
import type { Diagnostic } from "../types.ts";
import { readFlatYaml } from "./read-flat-yaml.ts";

export interface YamlResult {
  value: unknown;
  diagnostics: Diagnostic[];
}

/** Parse YAML text; `lineOffset` is added to the text's own 1-based line numbers. */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlResult {
  // Most front matter is flat (the importer writes it so): read without building a document.
  const flat = readFlatYaml(text);
  return flat !== null ? { value: flat, diagnostics: [] } : parseYamlInFull(text, file, lineOffset);
}

/** parseYaml through the full parser always (tests compare the two). */
export function parseYamlInFull(text: string, file: string, lineOffset = 0): YamlResult {
  const diagnostics: Diagnostic[] = [];
  const doc = parseDocument(text, { schema: "core", uniqueKeys: true, prettyErrors: false, strict: true });
  for (const error of doc.errors) {
    diagnostics.push({
      ruleId: "yaml-syntax",
      severity: "error",
      message: `Invalid YAML: ${firstLine(error.message)}`,
      hint: "Check indentation and quoting; quote values that contain ':' or start with special characters.",
      file,
      line: lineOffset + lineAt(text, error.pos[0]),
    });
  }
  if (diagnostics.length) return { value: null, diagnostics };
  for (const warning of doc.warnings) {
    // Unknown tags such as !!js/function are resolved as plain strings, never executed.
    diagnostics.push({ ruleId: "yaml-tag", severity: "warning", message: firstLine(warning.message), file, line: lineOffset + lineAt(text, warning.pos[0]) });
  }
  try {
    // maxAliasCount stops "billion laughs" documents from expanding.
    return { value: doc.toJS({ maxAliasCount: 100 }), diagnostics };
  } catch (cause) {
    diagnostics.push({
      ruleId: "yaml-aliases",
      severity: "error",
      message: `YAML could not be expanded: ${firstLine(String((cause as Error).message ?? cause))}`,
      hint: "Remove repeated anchors/aliases (&name / *name); Dateline refuses documents that expand excessively.",
      file,
      line: lineOffset + 1,
    });
    return { value: null, diagnostics };
  }
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/** A plain object, or null: guards every read of editor data. */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A list of strings from an editor's YAML value; non-strings are dropped. */
export function asStringList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string | number => typeof v === "string" || typeof v === "number").map(String);
}
