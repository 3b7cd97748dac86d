// Statements spoken by "he" or "she".
import type { DraftEvent } from "../build-sentence-events.ts";
import type { SettleContext } from "./context.ts";

/**
 * "he said": the words of the speaker of the previous sentence, else of the person that sentence
 * named first. Words of the last speaker only add a quote to their statement.
 */
export function attachPronouns(drafts: DraftEvent[], context: SettleContext): DraftEvent[] {
  const { actorName } = context;
  let lastSpeaker: string | undefined;
  let lastSpokeAt = -Infinity;
  const out: DraftEvent[] = [];
  for (const d of drafts) {
    if (d.type === "statement" && d.pronoun) {
      const { pronoun: _p, pronounSubject, ...rest } = d;
      // "… according to what X said. … he indicated …": a speaker of the previous sentence goes on.
      const speakerJustSpoke = (d.sentence ?? 0) - lastSpokeAt <= 1;
      const speaker = speakerJustSpoke ? lastSpeaker : (pronounSubject ?? lastSpeaker);
      if (!speaker) continue; // nobody to give the words to
      // Words of the last speaker only add a quote; words of the person just named are their statement.
      if (speaker === lastSpeaker) out.push({ ...rest, actors: [speaker], pronounOnly: true } as DraftEvent & { pronounOnly: boolean });
      else out.push({ ...rest, actors: [speaker], title: d.title.replace(/^Statement/, actorName(speaker)) });
      lastSpeaker = speaker;
      lastSpokeAt = d.sentence ?? lastSpokeAt;
      continue;
    }
    if (d.type === "statement" && d.actors[0]) {
      lastSpeaker = d.actors[0];
      lastSpokeAt = d.sentence ?? lastSpokeAt;
    }
    out.push(d);
  }
  return out;
}
