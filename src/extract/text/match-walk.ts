// String.prototype.matchAll copies its regex on every call (a new RegExp object per sentence and
// pattern); on the extractor's short sentences that copy costs more than the matching itself.
// These two walk a global regex's matches in place instead, one at a time (a long hostile text
// must not hold all its matches at once):
//
//   for (let m = firstMatch(re, text); m !== null; m = nextMatch(re, text, m)) { … }
//
// The loop body must not use `re` itself: the walk keeps its position in `re.lastIndex`.

/** The first match of a global regex in `text` (as the first of `text.matchAll(re)`). */
export function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  if (!pattern.global) throw new TypeError(`firstMatch needs a global regex: ${pattern}`);
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

/** The match after `previous` (as matchAll gives it: an empty match steps one character on). */
export function nextMatch(pattern: RegExp, text: string, previous: RegExpExecArray): RegExpExecArray | null {
  if (previous[0] === "") pattern.lastIndex = advanceIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes("v"));
  return pattern.exec(text);
}

/** The ECMAScript AdvanceStringIndex: one code unit, or a whole surrogate pair in unicode mode. */
function advanceIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
