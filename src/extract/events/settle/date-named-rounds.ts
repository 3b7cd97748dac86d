// A round named without a date takes the dates of the meeting the next sentences describe.
import type { DraftEvent } from "../build-sentence-events.ts";
import type { SettleContext } from "./context.ts";

const FOLLOWING_SENTENCES = 2;

/**
 * "The third round of the Astana talks opened …" then "Delegations are meeting between 14 and 15
 * March": a round named without a date takes the dates of the first dated meeting that follows it
 * closely, when that meeting belongs to no other series and meets nowhere else ("the foreign
 * ministers met in Moscow on May 10" after a mention of the 20th Astana round is another event).
 */
export function dateNamedRounds(drafts: DraftEvent[], context: SettleContext): DraftEvent[] {
  drafts.forEach((round, i) => {
    if (round.type !== "round" || round.round === undefined || !round.sourceOnly || round.sentence === undefined) return;
    const from = round.sentence;
    const meeting = drafts.slice(i + 1).find((d) =>
      d.sentence !== undefined && d.sentence - from <= FOLLOWING_SENTENCES && !d.sourceOnly && d.date.precision !== "year" &&
      (d.type === "meeting" || (d.type === "round" && d.round === undefined)) && (!d.series || d.series === round.series) &&
      !elsewhere(d, round, context));
    if (!meeting) return;
    Object.assign(meeting, { type: "round", round: round.round, series: round.series, title: round.title });
  });
  return drafts;
}

/** The meeting names a place that is neither the round's nor one its series is named after. */
function elsewhere(meeting: DraftEvent, round: DraftEvent, context: SettleContext): boolean {
  if (!meeting.place) return false;
  if (round.place) return round.place !== meeting.place;
  const home = context.series.find((s) => s.name === round.series)?.cues ?? [];
  return !home.includes(meeting.place.toLowerCase());
}
