import { beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { buildLexicon, type Lexicon } from "../../../src/extract/actors/build-lexicon.ts";
import { createArticleMemory, findActorMentions } from "../../../src/extract/actors/find-actor-mentions.ts";
import { loadKnowledge } from "../../../src/ingest/load-knowledge.ts";

const root = path.resolve(import.meta.dirname, "../../..");
let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = buildLexicon((await loadKnowledge(path.join(root, "content"), root)).knowledge);
});

/** "id[role]" for people, "id~" for countries named by a demonym or capital. */
function mentions(...sentences: string[]): string[] {
  const memory = createArticleMemory();
  return sentences.flatMap((s) => findActorMentions(s, lexicon, memory).actors.map((a) => `${a.actorId}${a.indirect ? "~" : ""}${a.role ? `[${a.role}]` : ""}`));
}

// prettier-ignore
const CASES: [sentences: string[], expected: string[]][] = [
  [["Russian Deputy Foreign Minister Mikhail Bogdanov said so."],                 ["russia~", "mikhail-bogdanov[Russian Deputy Foreign Minister]"]],
  [["press secretary of the Russian president Dmitry Peskov said on Thursday."],  ["russia~", "dmitry-peskov[press secretary of the Russian president]"]],
  [["Envoy Jan Kubis arrived.", "Kubis said the talks went well."],               ["jan-kubis[Envoy]", "jan-kubis"]],
  [["UN Special Envoy Staffan De Mistura met them.", "De Mistura left."],          ["united-nations", "staffan-de-mistura[UN Special Envoy]", "staffan-de-mistura"]],
  [["Muhammed Alloush will lead the delegation of Jaysh al-Islam."],              ["mohammed-alloush", "jaysh-al-islam"]],
  [["Moscow hopes for progress."],                                                ["russia~"]],
  [["The ministers met in Moscow."],                                              []],
  [["The Türkiye delegation and Turkey's envoy arrived."],                        ["turkey", "turkey"]],
  [["RIA Novosti reported the talks, citing TASS."],                              []],
  [["Secretary of the Iranian Supreme National Security Council Ali Shamkhani said no."], ["iran~", "ali-shamkhani[Secretary of the Iranian Supreme National Security Council]"]],
];

describe("findActorMentions", () => {
  it.each(CASES)("%j", (sentences, expected) => {
    expect(mentions(...sentences)).toEqual(expected);
  });
});
