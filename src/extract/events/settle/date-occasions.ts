// Statements made at an occasion the article has dated take its day.
import { compareDatePoints, makeEventDate } from "../../../util/date-point.ts";
import type { DraftEvent } from "../build-sentence-events.ts";

// "told reporters after the ceremony", "at a joint press conference", "told the same summit".
const OCCASION = /\b(?:at|after|during|following|on the sidelines of|told)\s+(?:the|a|an|their|its)?\s*(?:(?:end|close|conclusion|opening|start)\s+of\s+(?:the|a)\s+)?(?:same\s+|joint\s+|closing\s+|opening\s+|final\s+|signing\s+)*(?:ceremony|press\s+conference|news\s+conference|briefing|summit|session|meeting|talks|signing|event)\b/i;

/**
 * An undated statement made at an occasion the article has just dated ("On Thursday the sides
 * signed a memorandum … Lavrentyev told reporters after the ceremony") was made that day.
 */
export function dateOccasions(drafts: DraftEvent[]): DraftEvent[] {
  let occasion: DraftEvent | undefined;
  for (const d of drafts) {
    if (d.type !== "statement" && !d.sourceOnly && !d.planned && d.date.precision === "day") occasion = d;
    if (d.type !== "statement" || !d.undated || !occasion) continue;
    const words = OCCASION.exec(d.source.quote);
    if (!words) continue;
    // Press conferences and ceremonies close an event: its last day, unless it is the opening.
    const day = /opening|start/i.test(words[0]) ? occasion.date.start : (occasion.date.end ?? occasion.date.start);
    if (d.reportedOn && compareDatePoints(day, d.reportedOn) > 0) continue;
    d.date = makeEventDate(day, { approximate: true, text: words[0] });
    d.undated = undefined;
  }
  return drafts;
}
