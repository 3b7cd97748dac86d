import type { DateCandidate, DateRefiner } from "../candidate.ts";
import { endOf } from "../candidate.ts";

/**
 * Overlapping readings keep the longest (chrono's OverlapRemovalRefiner): "15 February 2017" beats
 * the "February 2017" inside it; "mid-February" beats nothing else. Equal lengths keep the
 * earlier parser. One sort and one sweep: O(n log n) even for adversarial input.
 */
export const removeOverlaps: DateRefiner = (candidates) => {
  const sorted = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => a.candidate.index - b.candidate.index || b.candidate.text.length - a.candidate.text.length || a.order - b.order);
  const kept: DateCandidate[] = [];
  for (const { candidate } of sorted) {
    const last = kept.at(-1);
    if (last === undefined || candidate.index >= endOf(last)) kept.push(candidate);
    else if (candidate.text.length > last.text.length) kept[kept.length - 1] = candidate;
  }
  return kept;
};
