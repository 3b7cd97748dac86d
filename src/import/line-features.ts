// Measurements of one line that the furniture rules share. No decisions here.

/** Words separated by spaces. */
export function countWords(line: string): number {
  const trimmed = line.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}

/** Ends like a sentence: ".", "!", "?" or ":", possibly followed by closing quotes/brackets. An ellipsis
 * ("... the next round of the...") is a cut-off link text, not a sentence end. */
export function endsSentence(line: string): boolean {
  const trimmed = line.trim();
  return /[.!?:]["'”’»)\]]*$/.test(trimmed) && !/(?:\.\.\.|…)["'”’»)\]]*$/.test(trimmed);
}

/** Ends like a statement (not a question or a colon): what a real paragraph ends with. */
export function endsStatement(line: string): boolean {
  return /(?:[.!]["'”’»)\]]*|[”"»])$/.test(line.trim());
}

/** Running prose: a short sentence with its full stop, or a long stretch of words (maybe cut off). */
export function isProse(line: string): boolean {
  const words = countWords(line);
  if (words >= 20 && lowercaseWordShare(line) >= 0.4) return true;
  return words >= 4 && endsSentence(line) && lowercaseWordShare(line) >= 0.25;
}

/** A paragraph long enough to end a block of other headlines. */
export function isRealParagraph(line: string): boolean {
  return countWords(line) >= 8 && endsStatement(line) && lowercaseWordShare(line) >= 0.3;
}

/** Share of words starting with a lowercase letter: high in prose, low in Title Case headlines and menus. */
export function lowercaseWordShare(line: string): number {
  // Words holding a letter, and words whose first letter (after opening quotes) is lower case.
  const words = line.match(/(?:^|\s)[^\s\p{L}]*\p{L}/gu)?.length ?? 0;
  if (words === 0) return 0;
  const lower = line.match(/(?:^|\s)["'“‘(]*\p{Ll}/gu)?.length ?? 0;
  return lower / words;
}

/** Letters of the Latin script over all letters (1 when the line has no letters). */
export function latinShare(line: string): number {
  // Plain ASCII text is all Latin (or has no letters): the common case needs no Unicode scan.
  if (!/[^\x00-\x7F]/.test(line)) return 1;
  // Two global scans instead of a regex test per character: ~20x faster on a 10 MB page.
  const letters = line.replace(/\P{L}+/gu, "").length;
  if (letters === 0) return 1;
  const latin = line.replace(/\P{Script=Latin}+/gu, "").length;
  return latin / letters;
}

/** Most lower->Upper switches inside one token: "SyriaDamascusAstana" has 2, "McDonald" 1. */
export function maxCamelSwitches(line: string): number {
  if (!/\p{Ll}\p{Lu}/u.test(line)) return 0; // most lines have no switch at all
  let best = 0;
  for (const token of line.split(/\s+/)) {
    const n = token.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0;
    if (n > best) best = n;
  }
  return best;
}

/** Markdown block syntax an editor wrote on purpose: headings, list items, quotes. */
export function isMarkdownStructure(line: string): boolean {
  return /^(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>\s?)/.test(line);
}
