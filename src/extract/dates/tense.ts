// Which way a clause points in time: "was held in May" (past) vs "will be held in May" (future).
// The cue nearest the date wins, looking back first: in "The envoy said that ... the next meeting
// will be held between 6 and 8 July" the date belongs to "will be held", not to "said".

export type Tense = "past" | "future";

export interface TenseCue {
  tense: Tense;
  /**
   * "strong" when the cue sits right before the date ("was held in", "scheduled for"):
   * the year or weekday must lie on that side. A cue further off ("We will have the same
   * delegation as for the first talks on January 23-24") only tips a close call.
   */
  strength: "strong" | "weak";
}

// Future cues come first in the alternation: at one position the first alternative wins,
// so "to be held" is read before "held" could be, and "will be held" yields "will" then "be held"
// (never the past "held"). "last" is no cue: it is a verb too ("due to begin on May 14 and
// last until May 16").
const FUTURE =
  "runs? until|lasts? until|runs? through|continues? until|be held|be hosted|be convened|be signed|take place|will|shall|won['’]t|would|['’]ll|is due|are due|due|scheduled|slated|set to|to be held|to take place|" +
  "to meet|to hold|to visit|to host|to resume|to start|to begin|is to|are to|expected|planned|plans|planning|" +
  "proposed|intends?|upcoming|forthcoming|next|coming|tomorrow|going to|postponed (?:to|until)|rescheduled";
// An expectation stated in the past ("had originally been expected in mid-June", "was scheduled for
// May 3 but postponed") points back: it must come before "was"/"had" so the whole phrase is one cue.
const PAST =
  "(?:was|were|had been) (?:originally |initially |first )?(?:due|expected|scheduled|set|planned) to (?:meet|hold|be held|take place|start|begin|resume|open)|" +
  "had (?:\\w+ )?been (?:expected|scheduled|planned|due|set)|(?:was|were) (?:originally |initially |first )?(?:expected|scheduled|planned|due|set)|" +
  "was|were|had|has been|have been|did|said|told|stated|noted|added|announced|reported|met|held|hosted|" +
  "ended|concluded|began|started|opened|closed|took place|took|resumed|signed|agreed|adopted|visited|called|" +
  "attended|launched|arrived|discussed|declared|confirmed|welcomed|came|went|gave|made|killed|passed|marked|" +
  "expired|ran|lasted|saw|won|lost|fell|rose|left|sent|spoke|fought|struck|brought|became|occurred|happened|" +
  "erupted|collapsed|failed|stalled|broke out|took effect|entered|returned|released|approved|rejected|voted|" +
  "elected|died|attacked|captured|seized|withdrew|fled|ago|earlier|previous|yesterday|since";
const CUE = new RegExp(`(?<![\\w'’-])(?:(${FUTURE})|(${PAST}))(?![\\w-])`, "gi");

/** How far from the date a cue may sit, in characters. */
const WINDOW = 90;
/** A cue this close before the date governs it ("was held in ", "will be held between "). */
const STRONG_DISTANCE = 24;

/** The tense governing the date at [start, end) in the sentence, or null when no cue is near. */
export function detectTense(sentence: string, start: number, end: number): TenseCue | null {
  const before = sentence.slice(Math.max(0, start - WINDOW), start);
  let last: RegExpExecArray | null = null;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(before); m; m = CUE.exec(before)) last = m;
  if (last) {
    const distance = before.length - (last.index + last[0].length);
    return { tense: last[1] ? "future" : "past", strength: distance <= STRONG_DISTANCE ? "strong" : "weak" };
  }
  const after = sentence.slice(end, end + WINDOW);
  CUE.lastIndex = 0;
  const next = CUE.exec(after);
  return next ? { tense: next[1] ? "future" : "past", strength: "weak" } : null;
}
