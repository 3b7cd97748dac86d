// Sorting many records by strings with localeCompare compares the same strings again and again
// (40,000 actor mentions: ~0.1–0.2 s). Ranking the distinct strings once and sorting by rank
// gives the same order for a fraction of the comparisons.

/**
 * Each distinct string's place in localeCompare order; strings that compare equal share a rank,
 * so `rank(a) - rank(b)` has the sign of `a.localeCompare(b)` for any two of them.
 */
export function rankByCollation(values: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((value, i) => {
    if (i > 0 && sorted[i - 1]!.localeCompare(value) !== 0) rank = i;
    ranks.set(value, rank);
  });
  return ranks;
}
