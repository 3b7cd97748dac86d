// String.prototype.matchAll copies its regex on every call (a new RegExp object per sentence and
// pattern); on the extractor's short sentences that copy costs more than the matching itself.

/**
 * Every match of a global regex in `text`, in order: the same matches `text.matchAll(pattern)`
 * yields, collected before the caller looks at any (so a caller may reuse the regex meanwhile).
 */
export function allMatches(pattern: RegExp, text: string): readonly RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global regex: ${pattern}`);
  pattern.lastIndex = 0;
  let m = pattern.exec(text);
  if (m === null) return NO_MATCHES; // the usual answer: no new array for it
  const matches: RegExpExecArray[] = [];
  for (; m !== null; m = pattern.exec(text)) {
    matches.push(m);
    // An empty match would match again at the same place: step over one character, as matchAll does.
    if (m[0] === "") pattern.lastIndex = advanceIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes("v"));
  }
  return matches;
}

const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/** The ECMAScript AdvanceStringIndex: one code unit, or a whole surrogate pair in unicode mode. */
export function advanceIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
