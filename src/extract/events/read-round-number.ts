// "the 15th round", "second round", "round 16", "the first Astana talks" → the round's number.
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40 };
const CARDINALS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

/** "15th" / "fifteenth" / "twenty-first" → 15 / 15 / 21; undefined for anything else. */
export function readOrdinal(word: string): number | undefined {
  const w = word.toLowerCase();
  const numeric = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (numeric) return Number(numeric[1]);
  if (w in ORDINAL_WORDS) return ORDINAL_WORDS[w];
  const compound = /^(twenty|thirty|forty)[-\s]?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/.exec(w);
  if (compound) return (TENS[compound[1]!] ?? 0) + (ORDINAL_WORDS[compound[2]!] ?? 0);
  return undefined;
}

/** "16" / "sixteen" / "twenty-one" → number; undefined for anything else. */
export function readCardinal(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d{1,3}$/.test(w)) return Number(w);
  if (w in CARDINALS) return CARDINALS[w];
  const compound = /^(twenty|thirty|forty)[-\s]?(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  if (compound) return (TENS[compound[1]!] ?? 0) + (CARDINALS[compound[2]!] ?? 0);
  return undefined;
}
