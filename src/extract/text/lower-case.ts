// Several steps look at the same sentence in lower case (series cues, series numbers, each event
// cue's series): lower-case it once.
let lastText: string | undefined;
let lastLower = "";

/** `text.toLowerCase()`, remembered for the text asked last. */
export function lowerCase(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}
