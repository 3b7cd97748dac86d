// Words glued together by a bad scrape: "onTuesday", "inGeneva", "theUnited Nations".
// We split only when the lowercase prefix is a whole short function word and what follows is a
// Capitalised word, so "iPhone", "eBay", "McDonald", "al-Assad", "YouTube" and "deMistura" stay.

const FUNCTION_WORDS = [
  "a", "an", "the", "on", "in", "at", "to", "of", "for", "from", "by", "with", "into", "onto",
  "and", "or", "but", "as", "than", "that", "this", "said", "says", "told", "during", "after",
  "before", "since", "until", "between", "about", "against", "over", "under", "near", "via",
  "is", "was", "were", "are", "be", "been", "has", "had", "have", "his", "her", "its", "their",
];
// Longest first so "into" wins over "in".
const ALTERNATION = [...FUNCTION_WORDS].sort((a, b) => b.length - a.length).join("|");
// (start or a non-letter) + function word + Capital + lowercase letter. Bounded pieces: linear.
const GLUED = new RegExp(`(^|[^\\p{L}\\p{N}'’\\-])(${ALTERNATION})(?=\\p{Lu}\\p{Ll})`, "gu");

/** Insert the missing space after a glued function word; returns the text and the count. */
export function splitGluedWords(text: string): { text: string; split: number } {
  let split = 0;
  const fixed = text.replace(GLUED, (_m, before: string, word: string) => {
    split++;
    return `${before}${word} `;
  });
  return { text: fixed, split };
}
