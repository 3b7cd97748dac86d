// The days a group's reports cover, kept as disjoint spans, so that "does this date overlap any
// of the group's reports?" needs no pass over hundreds of reports (a round is reported that often).

/** Ascending, disjoint, non-adjacent [first, last] day numbers; `exact` is false once a range that ends before it starts was added. */
export interface DaySpans {
  spans: [number, number][];
  exact: boolean;
}

export function createDaySpans(): DaySpans {
  return { spans: [], exact: true };
}

/** Add the days first … last. */
export function addDaySpan(days: DaySpans, first: number, last: number): void {
  // Such a range overlaps no set of days the way a span would (see datesOverlap); stop answering.
  if (first > last) days.exact = false;
  if (!days.exact) return;
  // Most reports of a round fall on days it already covers.
  if (days.spans.some(([a, b]) => a <= first && last <= b)) return;
  const kept: [number, number][] = [];
  let merged: [number, number] = [first, last];
  for (const span of days.spans) {
    if (span[1] + 1 < merged[0] || merged[1] + 1 < span[0]) kept.push(span);
    else merged = [Math.min(span[0], merged[0]), Math.max(span[1], merged[1])];
  }
  const at = kept.findIndex((span) => span[0] > merged[0]);
  kept.splice(at < 0 ? kept.length : at, 0, merged);
  days.spans = kept;
}

/**
 * Whether a range first … last (first <= last) shares a day with the spans: exactly when it
 * overlaps one of the ranges added. undefined when the spans cannot tell (see `exact`).
 */
export function overlapsDaySpans(days: DaySpans, first: number, last: number): boolean | undefined {
  if (!days.exact || first > last) return undefined;
  return days.spans.some(([a, b]) => a <= last && first <= b);
}
