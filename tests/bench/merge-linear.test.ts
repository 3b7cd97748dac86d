// Merge cost must grow linearly with the number of candidates: they are blocked (rounds by
// number, statements by speaker and day, the rest by month) before any pairwise comparison.
// More articles over the same years make every month denser, so the dates here keep their span.
import { describe, expect, it } from "vitest";
import type { EventCandidate, EventType } from "../../src/types.ts";
import { groupCandidates } from "../../src/merge/merge-events.ts";
import { makeEventDate } from "../../src/util/date-point.ts";
import { createRandom } from "../../scripts/bench/generate-corpus.ts";

const TYPES: EventType[] = ["round", "meeting", "statement", "other", "statement", "meeting"];

/** `count` candidates over 2016–2024 from `count / 8` articles, like a real corpus's mix. */
function makeCandidates(count: number): EventCandidate[] {
  const rng = createRandom(count);
  return Array.from({ length: count }, (_, i) => {
    const type = TYPES[Math.floor(rng() * TYPES.length)]!;
    const day = { year: 2016 + Math.floor(rng() * 9), month: 1 + Math.floor(rng() * 12), day: 1 + Math.floor(rng() * 28) };
    const round = type === "round" ? 1 + Math.floor(rng() * 20) : undefined;
    return {
      type,
      title: `${type} ${i}`,
      date: makeEventDate(day, { text: `${day.year}-${day.month}-${day.day}` }),
      planned: rng() < 0.3,
      actors: [`actor-${Math.floor(rng() * 60)}`],
      source: { article: `article-${Math.floor(i / 8)}`, quote: `quote ${i}` },
      ...(round !== undefined ? { round, series: `series-${Math.floor(rng() * 3)}` } : {}),
      ...(type === "meeting" ? { place: `place-${Math.floor(rng() * 8)}` } : {}),
      ...(type === "round" && rng() < 0.2 ? { sourceOnly: true } : {}),
    } as EventCandidate;
  });
}

/** Fastest of `runs` (the least disturbed by other work on the machine), ms. */
function time(fn: () => void, runs = 5): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe("merge cost", () => {
  it("2× the candidates costs < 3× the time", { retry: 2 }, () => {
    const small = makeCandidates(10_000);
    const large = makeCandidates(20_000);
    groupCandidates(small); // warm the JIT
    const t1 = time(() => groupCandidates(small));
    const t2 = time(() => groupCandidates(large));
    expect(t2 / t1, `10k: ${t1.toFixed(0)} ms, 20k: ${t2.toFixed(0)} ms`).toBeLessThan(3);
  });
});
