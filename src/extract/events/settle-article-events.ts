// The article-level passes over one article's draft events, in order. Each reads what the ones
// before it settled, so the order is part of the rules.
import type { EventCandidate } from "../../types.ts";
import type { DraftEvent } from "./build-sentence-events.ts";
import { attachPronouns } from "./settle/attach-pronouns.ts";
import type { SettleContext } from "./settle/context.ts";
import { dateNamedRounds } from "./settle/date-named-rounds.ts";
import { dateOccasions } from "./settle/date-occasions.ts";
import { mergeWithinArticle } from "./settle/merge-within-article.ts";
import { numberNextRounds } from "./settle/number-next-rounds.ts";
import { resolveDefiniteRounds } from "./settle/resolve-definite-rounds.ts";

export type { SettleContext } from "./settle/context.ts";
export { betterDate } from "./settle/better-date.ts";

type Pass = (drafts: DraftEvent[], context: SettleContext) => DraftEvent[];

export const SETTLE_PASSES: ReadonlyArray<readonly [name: string, pass: Pass]> = [
  // Numbers first: every later pass compares rounds by number.
  ["number-next-rounds", numberNextRounds],
  // Needs the article's numbered rounds: "the round" is the last one named.
  ["resolve-definite-rounds", (drafts) => resolveDefiniteRounds(drafts)],
  // Needs numbers settled: a dateless "third round" takes the next meeting's days.
  ["date-named-rounds", dateNamedRounds],
  // Needs dated rounds and meetings: they are the occasions statements refer to.
  ["date-occasions", (drafts) => dateOccasions(drafts)],
  // Before merging: a pronoun statement must know its speaker to merge with their words.
  ["attach-pronouns", attachPronouns],
];

/** Settle one article's drafts into candidates: the passes above, then the within-article merge. */
export function settleArticleEvents(drafts: DraftEvent[], context: SettleContext): EventCandidate[] {
  const settled = SETTLE_PASSES.reduce((current, [, pass]) => pass(current, context), drafts);
  return mergeWithinArticle(settled, context);
}
