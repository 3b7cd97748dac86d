import type { DateCandidate, DateRefiner, PartialDate } from "../candidate.ts";
import { endOf } from "../candidate.ts";
import { DASH } from "../patterns.ts";

/**
 * Joins two neighbouring dates of the same precision into one range.
 *
 * Accepts: "30 June - 2 July", "January 30 – February 2, 2017", "from 28 February to 2 March",
 * "between 30 June and 2 July", "from March to May 2017", "December 30, 2016 - January 2, 2017".
 *
 * Pitfalls: "and" alone lists two dates ("on May 3 and on June 5"): only "between … and …" is a
 * range. A stated year on the end only carries back to the start ("30 December - 2 January 2017":
 * the start is 2016). Relative words are not merged ("yesterday and today").
 */
const JOIN = new RegExp(`^(?:[ \\t]{0,2}${DASH}[ \\t]{0,2}|[ \\t]{1,2}(?:to|until|till|through|thru)[ \\t]{1,2})$`);
const AND = /^[ \t]{1,2}and[ \t]{1,2}$/;
const BETWEEN_BEFORE = /\b[Bb]etween[ \t]{1,2}$/;

function samePrecision(a: PartialDate, b: PartialDate): boolean {
  return (a.day === undefined) === (b.day === undefined) && (a.month === undefined) === (b.month === undefined);
}

function mergeable(a: DateCandidate, b: DateCandidate, sentence: string): boolean {
  if (a.relative || b.relative || a.end || b.end || a.approximate || b.approximate) return false;
  if (a.start.month === undefined || !samePrecision(a.start, b.start)) return false;
  if (b.index - endOf(a) > 12) return false;
  const gap = sentence.slice(endOf(a), b.index);
  if (JOIN.test(gap)) return true;
  return AND.test(gap) && BETWEEN_BEFORE.test(sentence.slice(Math.max(0, a.index - 12), a.index));
}

export const mergeDateRanges: DateRefiner = (candidates, { sentence }) => {
  const out: DateCandidate[] = [];
  for (const candidate of candidates) {
    const previous = out.at(-1);
    if (previous === undefined || !mergeable(previous, candidate, sentence)) {
      out.push(candidate);
      continue;
    }
    const start = { ...previous.start };
    const end = { ...candidate.start };
    if (start.year === undefined && end.year !== undefined) {
      const wraps = (start.month ?? 0) > (end.month ?? 0);
      start.year = wraps ? end.year - 1 : end.year;
    }
    out[out.length - 1] = {
      ...previous,
      text: sentence.slice(previous.index, endOf(candidate)),
      start,
      end,
      parser: `${previous.parser}+${candidate.parser}`,
    };
  }
  return out;
};
