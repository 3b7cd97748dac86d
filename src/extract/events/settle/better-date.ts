// Which of two claims dates a happening better.
import type { EventCandidate } from "../../../types.ts";
import { datesOverlap } from "../../../util/date-point.ts";

/** Stated beats undated, day beats month beats year, exact beats approximate, a span beats its day. */
export function betterDate(b: EventCandidate, a: EventCandidate): boolean {
  if (Boolean(a.sourceOnly) !== Boolean(b.sourceOnly)) return !b.sourceOnly;
  if (Boolean(a.undated) !== Boolean(b.undated)) return !b.undated;
  const rank = { year: 0, month: 1, day: 2 } as const;
  if (rank[b.date.precision] !== rank[a.date.precision]) return rank[b.date.precision] > rank[a.date.precision];
  if (b.date.approximate !== a.date.approximate) return !b.date.approximate;
  // A span that contains the other's day says more ("1–2 August" over "2 August").
  return Boolean(b.date.end) && !a.date.end && datesOverlap(b.date, a.date);
}
