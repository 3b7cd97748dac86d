// Text repair before any reading: the order matters.
import { normalizeWhitespace } from "./normalize-whitespace.ts";
import { repairMojibake } from "./repair-mojibake.ts";
import { splitGluedWords } from "./split-glued-words.ts";

export interface RepairReport {
  text: string;
  /** Human-readable notes: "repaired 3 mojibake sequences". */
  notes: string[];
}

/**
 * Whitespace first (a BOM or NBSP inside "Ã\u00A0" would hide mojibake), mojibake second
 * ("â€œonTuesday" must become "“onTuesday" before the glue rule sees the word boundary),
 * glued words last.
 */
export function repairText(raw: string): RepairReport {
  const notes: string[] = [];
  const spaced = normalizeWhitespace(raw);
  const mojibake = repairMojibake(spaced);
  if (mojibake.repaired > 0) notes.push(`repaired ${mojibake.repaired} mojibake sequence(s) (UTF-8 read as Latin-1/cp1252)`);
  const glued = splitGluedWords(mojibake.text);
  if (glued.split > 0) notes.push(`split ${glued.split} glued word(s) ("onTuesday" -> "on Tuesday")`);
  return { text: glued.text, notes };
}
