// Support for a merged event's date: how many of its other reports agree with each report's date.
import type { EventCandidate } from "../types.ts";
import { dayRange } from "./same-event.ts";
import { sortNumbers } from "./sort-numbers.ts";

/**
 * For each candidate, how many of the others have a date that overlaps its own. By sorted day
 * ranges, not pairwise: a round reported by hundreds of articles made the pairwise count quadratic.
 */
export function countOverlaps(candidates: EventCandidate[]): Map<EventCandidate, number> {
  const ranges = candidates.map((m) => dayRange(m.date));
  const counts = new Map<EventCandidate, number>();
  if (ranges.some(([first, last]) => first > last)) {
    // A date ending before it starts breaks the counting below; count pair by pair.
    candidates.forEach((m, i) => counts.set(m, ranges.filter((r, j) => j !== i && r[0] <= ranges[i]![1] && ranges[i]![0] <= r[1]).length));
    return counts;
  }
  const firsts = sortNumbers(ranges.map((r) => r[0]));
  const lasts = sortNumbers(ranges.map((r) => r[1]));
  candidates.forEach((m, i) => {
    const [first, last] = ranges[i]!;
    // Overlapping = starting no later than its last day, less those over before its first day
    // (which also start before it ends); then less itself.
    counts.set(m, countAtMost(firsts, last) - countAtMost(lasts, first - 1) - 1);
  });
  return counts;
}

/** How many of the sorted numbers are <= x. */
function countAtMost(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
