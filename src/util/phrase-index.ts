// "Does the text contain any of these phrases?" in one pass over the text, not one search per
// phrase: candidates are found by a hash of their first three characters, then compared in place.
// Used where a fixed list of phrases is looked for in every line (furniture phrases).
export interface PhraseIndex {
  /** Phrases of fewer than three characters: searched for directly. */
  short: string[];
  /** Longer phrases by the hash of their first three UTF-16 code units. */
  byStart: Map<number, string[]>;
  /** The same hashes as a table: most positions of a text need no Map lookup. */
  startFilter: Uint8Array;
}

const START = 3;
const startHash = (c0: number, c1: number, c2: number): number => (c0 * 961 + c1 * 31 + c2) & 0xffff;

/** Index a list of phrases (build it once, look up many texts). */
export function indexPhrases(phrases: string[]): PhraseIndex {
  const index: PhraseIndex = { short: [], byStart: new Map(), startFilter: new Uint8Array(0x10000) };
  for (const phrase of phrases) {
    if (phrase.length < START) {
      index.short.push(phrase);
      continue;
    }
    const hash = startHash(phrase.charCodeAt(0), phrase.charCodeAt(1), phrase.charCodeAt(2));
    index.byStart.set(hash, [...(index.byStart.get(hash) ?? []), phrase]);
    index.startFilter[hash] = 1;
  }
  return index;
}

/** Same answer as `phrases.some((p) => text.includes(p))`. */
export function containsPhrase(text: string, index: PhraseIndex): boolean {
  for (const phrase of index.short) if (text.includes(phrase)) return true;
  if (text.length < START) return false;
  let c1 = text.charCodeAt(0);
  let c2 = text.charCodeAt(1);
  for (let i = 0; i + START <= text.length; i++) {
    const c0 = c1;
    c1 = c2;
    c2 = text.charCodeAt(i + 2);
    const hash = startHash(c0, c1, c2);
    if (index.startFilter[hash] === 0) continue;
    for (const phrase of index.byStart.get(hash)!) if (text.startsWith(phrase, i)) return true;
  }
  return false;
}
