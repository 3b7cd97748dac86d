// Block text → sentences. Intl.Segmenter is right on "U.S.", "U.N." and quotes but splits after
// some abbreviations ("Mr.", "Gen.", "Dec."), so those splits are glued back.
export interface Sentence {
  text: string;
  /** Offset in the block text. */
  index: number;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// A sentence ending in one of these (case-insensitive) is not a sentence end:
// e.g. "Maj. Gen. Yaroslav Moskalik", "Rep. Ilhan Omar", "Dec. 20".
const ABBREVIATION_END = /(?:^|[\s(])(?:mr|mrs|ms|dr|gen|maj|col|lt|sgt|capt|cmdr|adm|gov|sen|rep|st|mt|jr|sr|prof|rev|hon|pres|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z])\.\s*$/i;

/** Split a paragraph into sentences; offsets point into `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const prev = out[out.length - 1];
    if (prev && ABBREVIATION_END.test(prev.text) && /^\s*[A-Z0-9]/.test(segment)) {
      prev.text += segment;
      continue;
    }
    out.push({ text: segment, index });
  }
  return out
    .map((s) => ({ text: s.text.trimEnd(), index: s.index }))
    .filter((s) => s.text.trim().length > 0);
}
