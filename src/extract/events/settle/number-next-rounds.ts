// "the next round", "the previous round": numbers from the rounds the article names.
import type { DraftEvent } from "../build-sentence-events.ts";
import type { SettleContext } from "./context.ts";

/**
 * "the next round" is one after the highest round the article reports as held (or the round its
 * title names); "the previous round" one before the round it reports.
 */
export function numberNextRounds(drafts: DraftEvent[], context: SettleContext): DraftEvent[] {
  const pastMax = new Map<string, number>();
  for (const d of drafts) {
    if (d.type === "round" && d.round !== undefined && !d.next && !d.planned && !d.future && d.series) pastMax.set(d.series, Math.max(pastMax.get(d.series) ?? 0, d.round));
  }
  const reported = new Map<string, number>();
  for (const d of drafts) {
    if (d.type === "round" && d.round !== undefined && !d.next && !d.previous && d.series) reported.set(d.series, Math.max(reported.get(d.series) ?? 0, d.round));
  }
  const out: DraftEvent[] = [];
  for (const d of drafts) {
    if (d.previous) {
      // "the previous round": one before the round the article reports.
      const { previous: _p, ...rest } = d;
      const current = reported.get(d.series ?? "") ?? context.titleRounds.get(d.series ?? "");
      if (current !== undefined && current > 1) out.push({ ...rest, round: current - 1, title: `${d.series ?? "Talks"}, round ${current - 1}` });
      continue;
    }
    if (!d.next) {
      out.push(d);
      continue;
    }
    const series = d.series ?? "";
    const fromTitle = context.titleRounds.get(series);
    const past = pastMax.get(series);
    const round = fromTitle !== undefined && (past === undefined || fromTitle > past) ? fromTitle : past !== undefined ? past + 1 : undefined;
    const { next: _next, ...rest } = d;
    if (round !== undefined) out.push({ ...rest, round, title: d.title.replace(/next round$/, `round ${round}`) });
    else if (!d.sourceOnly) out.push(rest); // a dated "next round" whose number the article does not tell
  }
  return out;
}
