import { loadKnowledge } from "/work/main/src/ingest/load-knowledge.ts";
import { buildLexicon } from "/work/main/src/extract/actors/build-lexicon.ts";
import { findActorMentions, createArticleMemory } from "/work/main/src/extract/actors/find-actor-mentions.ts";
const { knowledge } = await loadKnowledge("/work/main/content", "/work/main");
const lex = buildLexicon(knowledge);
const mem = createArticleMemory();
for (const s of [
  "The Deputy Head of the Main Operations Directorate of the General Staff of the Russian Forces, Major General “Yaroslav Moskalik“, revealed the date of the next round of Astana track talks on Syria.",
  "During his participation in the “Moscow” international conference, Moskalik said that Russia is actively working.",
  "In turn, the Secretary of the Russian Security Council, “Nikolai Patrushev“, said that some countries considered",
  "Russian Presidential Envoy for the Middle East and North Africa and Deputy Foreign Minister, Mikhail Bogdanov, said on February 13, RIA Novosti reported.",
  "press secretary of the Russian president Dmitry Peskov said on Thursday.",
  "Secretary of the Iranian Supreme National Security Council Ali Shamkhani said there are no grounds",
  "Announcement was made after a meeting of Russian, Turkish and Iranian foreign ministers in Moscow on December 20, 2016.",
  "HNC negotiator Mohammed Alloush said Monday that his team would hold talks with Russian Foreign Ministry officials in Geneva",
  "De Mistura is scheduled to meet with delegates of the Riyadh-based High Negotiations Committee (HNC) in the Swiss city later today.",
  "The Damascus delegation to the Geneva talks is headed by Syrian Ambassador to the UN Bashar al-Ja’afari.",
  "Al-Watan newspaper said the Syrian ambassador to the UN, Bashar Ja’afari will head the Syrian government delegation.",
  "the recent summit that brought together Russian Presidents “Vladimir Putin” and American “Joe Biden” brought a kind of rapprochement, according to what Deputy Russian Prime Minister Yuri Borisov said.",
  "President’s special envoy for the Syrian settlement Alexander Lavrentyev will lead Russia’s delegation",
  "He thanked Kazakh President Nursultan Nazarbayev for organizing the Astana talks",
  "Observers say the Astana discussions served as a warm-up for the UN-led Geneva negotiations.",
  "Muhammed Alloush, the head of the political wing of Jaysh al-Islam grouping, will lead the delegation.",
]) {
  const r = findActorMentions(s, lex, mem);
  console.log(r.actors.map(a => `${a.actorId}${a.registered?"":"*"}${a.indirect?"~":""}${a.qualifier?"q":""}${a.role?` [${a.role}]`:""}`).join(", "), "| places:", r.places.map(p=>p.name).join(","));
}
