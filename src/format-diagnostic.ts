// Diagnostics for people: "content/articles/x.md:3  error  message (rule)\n    hint".
import type { Diagnostic } from "./types.ts";

/** One diagnostic as two lines of terminal text. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}` : d.file;
  return `${where}  ${d.severity}  ${d.message} (${d.ruleId})${d.hint ? `\n    ${d.hint}` : ""}`;
}

/** Counts by severity, for the one-line summary. */
export function countDiagnostics(diagnostics: Diagnostic[]): Record<Diagnostic["severity"], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
