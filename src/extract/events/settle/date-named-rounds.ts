// A round named without a date takes the dates of the meeting the next sentences describe.
import type { DraftEvent } from "../build-sentence-events.ts";

const FOLLOWING_SENTENCES = 2;

/**
 * "The third round of the Astana talks opened …" then "Delegations are meeting between 14 and 15
 * March": a round named without a date takes the dates of the first dated meeting that follows it
 * closely, when that meeting belongs to no other series.
 */
export function dateNamedRounds(drafts: DraftEvent[]): DraftEvent[] {
  drafts.forEach((round, i) => {
    if (round.type !== "round" || round.round === undefined || !round.sourceOnly || round.sentence === undefined) return;
    const from = round.sentence;
    const meeting = drafts.slice(i + 1).find((d) =>
      d.sentence !== undefined && d.sentence - from <= FOLLOWING_SENTENCES && !d.sourceOnly && d.date.precision !== "year" &&
      (d.type === "meeting" || (d.type === "round" && d.round === undefined)) && (!d.series || d.series === round.series));
    if (!meeting) return;
    Object.assign(meeting, { type: "round", round: round.round, series: round.series, title: round.title });
  });
  return drafts;
}
