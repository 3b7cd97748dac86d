// Words with offsets, and one folding rule shared by every lookup (registry, places, merge):
// "Ja’afari" ≈ "Jaafari", "al-Assad" ≈ "al Assad", "Türkiye" ≈ "Turkiye".
export interface Token {
  text: string;
  /** folded form: lower case, no diacritics, no apostrophes */
  norm: string;
  start: number;
  end: number;
}

// A word is letters/digits with inner apostrophes ("Ja’afari", "Russia's"); hyphens and dots split.
const WORD = /[\p{L}\p{N}]+(?:['’`][\p{L}\p{N}]+)*/gu;

/** Fold text for comparison: NFKD, no combining marks, lower case, no apostrophes. */
export function fold(text: string): string {
  // Most words are plain ASCII letters: skip Unicode normalisation for them (it dominates the cost).
  if (/^[A-Za-z0-9]*$/.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’`´‘]/g, "");
}

/** Split text into word tokens with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    // "Russia’s" is "Russia" + a possessive: the name ends before the apostrophe.
    const word = m[0].replace(/['’`]s$/i, "");
    tokens.push({ text: word, norm: fold(word), start: m.index, end: m.index + word.length });
  }
  return tokens;
}

/** The folded key of a phrase: its tokens' folded forms joined by spaces ("U.S." → "u s"). */
export function phraseKey(text: string): string {
  return tokenize(text).map((t) => t.norm).join(" ");
}

/** true when only spaces, hyphens, quotes or apostrophes separate two tokens (same name run). */
export function isNameGap(gap: string): boolean {
  return /^[\s\-‐‑–'’"“”«»]*$/.test(gap) && gap.length <= 4 && !/\s{2,}/.test(gap);
}

export function isCapitalized(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII fast path: the hot case
  return /^\p{Lu}/u.test(token.text);
}

/** "US" / "HNC": acronyms only match in capitals, so "us" and "is" never become actors. */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase();
}
