import { beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { buildLexicon, type Lexicon } from "../../../src/extract/actors/build-lexicon.ts";
import { createArticleMemory, findActorMentions } from "../../../src/extract/actors/find-actor-mentions.ts";
import { findSpeaker } from "../../../src/extract/events/find-speaker.ts";
import { loadKnowledge } from "../../../src/ingest/load-knowledge.ts";

const root = path.resolve(import.meta.dirname, "../../..");
let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = buildLexicon((await loadKnowledge(path.join(root, "content"), root)).knowledge);
});

function speakerOf(sentence: string): string | null {
  const found = findActorMentions(sentence, lexicon, createArticleMemory());
  const act = findSpeaker(sentence, found.tokens, found.actors);
  if (!act) return null;
  return act.pronoun ? "(pronoun)" : (act.speaker?.actorId ?? null);
}

// prettier-ignore
const CASES: [sentence: string, speaker: string | null][] = [
  ["Sergei Lavrov said on Monday that the talks went well.",                                               "sergei-lavrov"],
  ["The talks were useful, said Turkish Foreign Minister Mevlut Cavusoglu.",                               "mevlut-cavusoglu"],
  ["\"We are satisfied,\" Lavrentiev told reporters.",                                                     "alexander-lavrentiev"],
  ["Mikhail Bogdanov, Russia's presidential envoy for the Middle East, said the talks would go ahead.",     "mikhail-bogdanov"],
  ["Ali Asghar Khaji, an adviser to the minister, who led the delegation, told IRNA the talks went well.", "ali-asghar-khaji"],
  ["The sides made progress, according to Geir Pedersen.",                                                 "geir-pedersen"],
  ["\"We hope so,\" he said.",                                                                             "(pronoun)"],
  ["Erdogan and Putin spoke by phone on Saturday, the Kremlin said.",                                      null],
  ["Al-Watan newspaper said the delegation will be headed by the ambassador.",                             null],
  ["The United States has been invited as an observer.",                                                   null],
  ["Mikhail Bogdanov on Monday called for the formation of a joint delegation.",                           "mikhail-bogdanov"],
  ["The Bogdanov plan was called a success.",                                                              null],
];

describe("findSpeaker", () => {
  it.each(CASES)("%s → %s", (sentence, speaker) => {
    expect(speakerOf(sentence)).toBe(speaker);
  });
});
