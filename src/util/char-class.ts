// Unicode character classes by code point, for hot loops that would otherwise run a Unicode
// property regex per character or per feature. The table is filled lazily from the very regexes
// it replaces, so it agrees with them by construction (and costs nothing for unseen characters).

export const LETTER = 1; // \p{L}
export const LOWER = 2; // \p{Ll}
export const UPPER = 4; // \p{Lu}
export const NUMBER = 8; // \p{N}
export const LATIN = 16; // \p{Script=Latin}
export const SPACE = 32; // \s (the same set String.prototype.trim removes)
const KNOWN = 128;

const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

function computeClasses(codePoint: number): number {
  const c = String.fromCodePoint(codePoint);
  return KNOWN |
    (/\p{L}/u.test(c) ? LETTER : 0) |
    (/\p{Ll}/u.test(c) ? LOWER : 0) |
    (/\p{Lu}/u.test(c) ? UPPER : 0) |
    (/\p{N}/u.test(c) ? NUMBER : 0) |
    (/\p{Script=Latin}/u.test(c) ? LATIN : 0) |
    (/\s/u.test(c) ? SPACE : 0);
}

/**
 * The classes of one code point, as bit flags. A lone surrogate (a code unit 0xD800–0xDFFF not
 * part of a pair) is in no class, as in a `u` regex.
 */
export function charClasses(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = BMP[codePoint]!;
    return known !== 0 ? known : (BMP[codePoint] = computeClasses(codePoint));
  }
  let known = ASTRAL.get(codePoint);
  if (known === undefined) ASTRAL.set(codePoint, (known = computeClasses(codePoint)));
  return known;
}

/** The code point starting at `index` (a lone surrogate stands for itself). */
export function codePointAt(text: string, index: number): number {
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff || index + 1 >= text.length) return c;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : c;
}
