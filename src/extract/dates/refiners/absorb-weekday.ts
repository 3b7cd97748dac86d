import type { DateCandidate, DateRefiner } from "../candidate.ts";
import { endOf } from "../candidate.ts";

/**
 * A weekday written next to an absolute date is part of it: "Monday, February 27" / "on Wednesday
 * 15 March 2017" is one mention, dated by the absolute part (the weekday resolved on its own
 * could point to another week). Also "February 27 (Monday)".
 *
 * Pitfalls: only a comma, spaces or an opening bracket may sit between the two; "Monday and
 * February 27" are two dates.
 */
const BETWEEN = /^(?:,?[ \t]{1,2}|[ \t]?\()$/;

export const absorbWeekday: DateRefiner = (candidates, { sentence }) => {
  const out: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const current = candidates[i]!;
    const next = candidates[i + 1];
    const joined =
      current.weekday !== undefined && next !== undefined && next.index - endOf(current) <= 3 &&
      BETWEEN.test(sentence.slice(endOf(current), next.index));
    if (joined && !next.relative && next.start.day !== undefined) {
      out.push({ ...next, index: current.index, text: sentence.slice(current.index, endOf(next)), weekday: current.weekday });
      i++;
      continue;
    }
    const previous = out.at(-1);
    const bracketed =
      current.weekday !== undefined && previous !== undefined && current.index - endOf(previous) <= 2 &&
      /^[ \t]?\($/.test(sentence.slice(endOf(previous), current.index)) && sentence[endOf(current)] === ")";
    if (bracketed && !previous.relative && previous.start.day !== undefined) {
      out[out.length - 1] = { ...previous, text: sentence.slice(previous.index, endOf(current) + 1) };
      continue;
    }
    out.push(current);
  }
  return out;
};
