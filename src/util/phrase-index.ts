// "Does the text contain any of these phrases?" in one pass over the text, not one search per
// phrase, skipping most of the text (Wu–Manber): a window as long as the shortest phrase slides
// along the text, and the pair of characters that ends it says how far it can jump without
// stepping over the start of any phrase. Only where the pair ends some phrase's opening are the
// phrases with that opening compared in place. Used where a fixed list of phrases is looked for in
// every line (furniture phrases), so most lines cost a fraction of their length.
export interface PhraseIndex {
  /** Phrases of fewer than three characters: searched for directly. */
  short: string[];
  /** The shortest length of the other phrases (0 when there are none): the window. */
  window: number;
  /** By hash of a character pair: how far the window may move when its last two characters hash so. */
  shift: Uint8Array;
  /** By hash of the last two characters of a phrase's first `window` characters: those phrases. */
  byPair: Map<number, string[]>;
}

const SHORT = 3;
// Window lengths above this gain little and would need a wider shift table.
const MAX_WINDOW = 255;
const pairHash = (c0: number, c1: number): number => (c0 * 31 + c1) & 0xffff;

/** Index a list of phrases (build it once, look up many texts). */
export function indexPhrases(phrases: string[]): PhraseIndex {
  const long = phrases.filter((p) => p.length >= SHORT);
  const window = long.length ? Math.min(MAX_WINDOW, ...long.map((p) => p.length)) : 0;
  const index: PhraseIndex = { short: phrases.filter((p) => p.length < SHORT), window, shift: new Uint8Array(0x10000).fill(window - 1), byPair: new Map() };
  for (const phrase of long) {
    // A pair ending at offset j of the window can move it by window - 1 - j at most.
    for (let j = 1; j < window; j++) {
      const hash = pairHash(phrase.charCodeAt(j - 1), phrase.charCodeAt(j));
      index.shift[hash] = Math.min(index.shift[hash]!, window - 1 - j);
    }
    const end = pairHash(phrase.charCodeAt(window - 2), phrase.charCodeAt(window - 1));
    index.byPair.set(end, [...(index.byPair.get(end) ?? []), phrase]);
  }
  return index;
}

/** Same answer as `phrases.some((p) => text.includes(p))`. */
export function containsPhrase(text: string, index: PhraseIndex): boolean {
  for (const phrase of index.short) if (text.includes(phrase)) return true;
  const { window, shift } = index;
  if (window === 0) return false;
  // `end`: the last character of the window; a phrase starting at end - window + 1 fills it exactly.
  for (let end = window - 1; end < text.length; ) {
    const hash = pairHash(text.charCodeAt(end - 1), text.charCodeAt(end));
    const step = shift[hash]!;
    if (step > 0) {
      end += step;
      continue;
    }
    const start = end - window + 1;
    for (const phrase of index.byPair.get(hash)!) if (text.startsWith(phrase, start)) return true;
    end++;
  }
  return false;
}
