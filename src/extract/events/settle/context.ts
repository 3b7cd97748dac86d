// What every article-level pass may read besides the drafts.
import type { Series } from "../../../types.ts";

export interface SettleContext {
  /** Round the title names ("second round of Astana talks"), by series. */
  titleRounds: Map<string, number>;
  /** Display name of an actor id met in the article. */
  actorName: (id: string) => string;
  /** The negotiation series and their cue words ("astana", "kazakh capital"). */
  series: Series[];
}
