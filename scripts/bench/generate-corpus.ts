// A realistic synthetic news corpus for the benchmark: articles written from news-sentence
// templates, with dates in every form the extractor reads ("February 15-16, 2017", "on Monday",
// "mid-March", "12/03/2018", "in 2019"), numbered rounds, quotes, spelling variants of names and
// page furniture. Names, places and series come from the content folder's own knowledge files,
// so the generator knows nothing about any particular corpus. Seeded: same options, same bytes.
import { cp, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Knowledge } from "../../src/types.ts";
import { loadKnowledge } from "../../src/ingest/load-knowledge.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "11th", "12th", "13th", "14th", "15th", "16th", "17th", "18th", "19th", "20th"];
const OUTLETS = ["Daily Ledger", "Caspian Wire", "Northern Herald", "Meridian News", "Levant Observer", "Steppe Times", "Global Desk", "The Correspondent"];
// Invented people the registry does not list, each with spelling variants (transliterations).
const UNLISTED = [["Ivan Petrovsky", "Ivan Petrovskiy", "Petrovsky"], ["Yusuf Demirkan", "Yusuf Demirkhan", "Demirkan"], ["Farid Haddadi", "Fareed Haddadi", "Haddadi"], ["Nurlan Abdrakhmanov", "Nurlan Abdrahmanov", "Abdrakhmanov"], ["Samir Khoury", "Sameer Khoury", "Khoury"], ["Olga Vasilenko", "Olga Vassilenko", "Vasilenko"]];
const ROLES = ["the foreign minister", "a senior diplomat", "the deputy foreign minister", "the presidential envoy", "the head of the delegation", "a spokesperson for the ministry"];
const TOPICS = ["the ceasefire regime", "the exchange of detainees", "humanitarian access", "the constitutional reform", "de-escalation zones", "the return of refugees", "the political settlement", "confidence-building measures"];
const QUOTES = ["We hope that the next meeting will bring concrete results", "There is no military solution to this conflict", "The ceasefire is holding in most areas", "We are ready to continue the dialogue", "The parties must respect their commitments", "This is an important step toward a political settlement", "Much work remains to be done"];
const FURNITURE = ["Follow us on Twitter @{outlet}", "Share this article", "Advertisement", "Loading...", "Read more: {headline}", "Latest See more", "Subscribe to our newsletter", "© {year} {outlet}. All rights reserved."];

export interface CorpusOptions {
  articles: number;
  /** Folder to create; gets content/{articles,actors,lexicon,curation}. */
  dir: string;
  /** Content folder whose actors/lexicon/curation are copied and used for names. */
  knowledgeFrom: string;
  seed?: number;
}

export interface CorpusInfo {
  contentDir: string;
  articlesDir: string;
  files: number;
  bytes: number;
  knowledge: Knowledge;
}

/** Write a fresh corpus of `articles` markdown files plus a copy of the knowledge files. */
export async function generateCorpus(options: CorpusOptions): Promise<CorpusInfo> {
  const contentDir = path.join(options.dir, "content");
  const articlesDir = path.join(contentDir, "articles");
  await mkdir(articlesDir, { recursive: true });
  for (const sub of ["actors", "lexicon", "curation"]) await cp(path.join(options.knowledgeFrom, sub), path.join(contentDir, sub), { recursive: true }).catch(() => undefined);
  const { knowledge } = await loadKnowledge(contentDir, options.dir);
  let bytes = 0;
  for (let i = 0; i < options.articles; i++) {
    const { name, text } = writeArticle(i, knowledge, options.seed ?? 1);
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(articlesDir, name), text);
  }
  return { contentDir, articlesDir, files: options.articles, bytes, knowledge };
}

/** Article number `index` of the corpus: file name and file text (front matter + markdown). */
export function writeArticle(index: number, knowledge: Knowledge, seed = 1): { name: string; text: string } {
  const rng = createRandom(seed * 1_000_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const ctx = makeContext(rng, pick, knowledge);
  const pub = ctx.published;
  const headline = `${pick(ctx.countries)} and ${pick(ctx.countries)} discuss ${pick(TOPICS)} ahead of ${ORDINALS[ctx.round - 1]} round of ${ctx.series}`;
  const paragraphs: string[] = [];
  const count = 6 + Math.floor(rng() * 18);
  for (let p = 0; p < count; p++) {
    const sentences = 1 + Math.floor(rng() * 3);
    // About two thirds of news prose is background and comment with no date and no event.
    paragraphs.push(Array.from({ length: sentences }, () => (rng() < 0.65 ? pick(PLAIN) : pick(SENTENCES)(ctx))).join(" "));
  }
  // Page furniture the importer would have kept out; hand-pasted articles still carry some.
  const outlet = pick(OUTLETS);
  const furniture = Array.from({ length: Math.floor(rng() * 4) }, () => pick(FURNITURE).replace("{outlet}", outlet.replace(/\s/g, "")).replace("{headline}", headline).replace("{year}", String(pub.getUTCFullYear())));
  paragraphs.splice(Math.floor(rng() * paragraphs.length), 0, ...furniture);
  const iso = pub.toISOString().slice(0, 10);
  const slug = headline.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 50).replace(/-+$/, "");
  const front = ["---", `title: ${JSON.stringify(headline)}`, `published: "${iso}"`, `source: ${JSON.stringify(outlet)}`, `url: "https://example.com/news/${index}"`, "---", ""];
  return { name: `${iso}-${slug}-${String(index).padStart(5, "0")}.md`, text: `${front.join("\n")}\n${paragraphs.join("\n\n")}\n` };
}

interface Context {
  rng: () => number;
  pick: <T>(list: readonly T[]) => T;
  published: Date;
  round: number;
  roundDate: Date;
  series: string;
  people: string[][];
  countries: string[];
  places: string[];
}

function makeContext(rng: () => number, pick: Context["pick"], knowledge: Knowledge): Context {
  // A shared world: round r of a series is held on one fixed date (rounds every ~5 months from
  // mid-2016), and articles are published around a round, so many articles report the same
  // happenings and the merge has real work. Publication dates spread over 2016–2024.
  const seriesIndex = Math.floor(rng() * Math.max(1, knowledge.series.length));
  const round = 1 + Math.floor(rng() * 20);
  const roundDate = Date.UTC(2016, 5, 1) + ((round - 1) * 150 + seriesIndex * 37) * DAY;
  const published = new Date(roundDate + Math.round((rng() * 50 - 30)) * DAY);
  const people = knowledge.actors.filter((a) => a.kind === "person").map((a) => [a.name, ...a.aliases, a.name.split(" ").pop()!]);
  const countries = knowledge.actors.filter((a) => a.kind === "country").flatMap((a) => [a.name, ...a.metonyms.filter((m) => !m.startsWith("the "))]);
  return {
    rng, pick, published, round,
    roundDate: new Date(roundDate),
    series: knowledge.series[seriesIndex]?.name ?? "peace talks",
    people: [...people, ...UNLISTED],
    countries: countries.length ? countries : ["Northland", "Southland"],
    places: knowledge.places.length ? knowledge.places.flatMap((p) => [p.name, ...p.aliases]) : ["the capital"],
  };
}

const DAY = 86_400_000;
const person = (c: Context): string => c.pick(c.pick(c.people));
// Other happenings fall on two days a week (Tuesdays and Thursdays), as news events cluster.
const near = (c: Context, maxDays: number): Date => {
  const d = new Date(c.published.getTime() + Math.round((c.rng() * 2 - 1) * maxDays) * DAY);
  return new Date(d.getTime() + ([2, 1, 0, 1, 0, 2, 1][d.getUTCDay()] ?? 0) * DAY);
};
const dayMonthYear = (d: Date): string => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const monthDay = (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;

/** One date in one of many written forms, near the publication date. */
function anyDate(c: Context, at?: Date): string {
  const d = at ?? near(c, 120);
  const forms: (() => string)[] = [
    () => `on ${monthDay(d)}`,
    () => `on ${dayMonthYear(d)}`,
    () => `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
    () => `on ${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`,
    () => `on ${WEEKDAYS[d.getUTCDay()]}`,
    () => `in ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    () => `in mid-${MONTHS[d.getUTCMonth()]}`,
    () => `in late ${MONTHS[d.getUTCMonth()]}`,
    () => `in ${d.getUTCFullYear()}`,
    () => `on ${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`,
    () => `on ${d.toISOString().slice(0, 10)}`,
    () => c.pick(["last week", "next month", "earlier this year", "yesterday", "later today", "last month"]),
    () => `between ${d.getUTCDate()} and ${Math.min(28, d.getUTCDate() + 2)} ${MONTHS[d.getUTCMonth()]}`,
    () => `on ${monthDay(d)}-${Math.min(28, d.getUTCDate() + 1)}`,
    () => `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}–${Math.min(28, d.getUTCDate() + 1)}, ${d.getUTCFullYear()}`,
  ];
  return c.pick(forms)();
}

const SENTENCES: ((c: Context) => string)[] = [
  (c) => `${person(c)}, ${c.pick(ROLES)}, said ${anyDate(c)} that ${c.pick(c.countries)} supports ${c.pick(TOPICS)}.`,
  (c) => `The ${ORDINALS[c.round - 1]} round of the ${c.series} ${c.published < c.roundDate ? "will be held" : "was held"} in ${c.pick(c.places)} ${anyDate(c, c.roundDate)}, ${person(c)} told reporters.`,
  (c) => `The ${ORDINALS[Math.max(0, c.round - 2)]} round took place in ${c.pick(c.places)} ${anyDate(c)}.`,
  (c) => `"${c.pick(QUOTES)}," ${person(c)} said.`,
  (c) => `“${c.pick(QUOTES)},” ${person(c)} said at a press conference ${anyDate(c)}.`,
  (c) => `Delegations of ${c.pick(c.countries)}, ${c.pick(c.countries)} and ${c.pick(c.countries)} met in ${c.pick(c.places)} ${anyDate(c)} to discuss ${c.pick(TOPICS)}.`,
  (c) => `${c.pick(c.countries)} and ${c.pick(c.countries)} agreed ${anyDate(c)} to expand ${c.pick(TOPICS)}.`,
  (c) => `According to ${person(c)}, the talks on ${c.pick(TOPICS)} ${c.pick(["were held", "will resume", "were postponed"])} ${anyDate(c)}.`,
  (c) => `${person(c)} held a phone conversation with ${person(c)} ${anyDate(c)}, the ministry said in a statement.`,
  (c) => `The previous meeting, held ${anyDate(c)}, ended without a joint statement.`,
  (c) => `Observers from ${c.pick(c.countries)} attended the talks for the ${c.pick(ORDINALS)} time.`,
  (c) => `The conflict, which began in ${2011 + Math.floor(c.rng() * 5)}, has killed hundreds of thousands of people and displaced millions.`,
  (c) => `${person(c)} is expected to visit ${c.pick(c.places)} ${anyDate(c)} for consultations with ${person(c)}.`,
  (c) => `Speaking to journalists ${anyDate(c)}, ${person(c)} added that ${c.pick(TOPICS)} remained the main issue on the agenda.`,
  (c) => {
    const d = near(c, 60);
    return `The next round is scheduled for ${monthDay(d)}-${Math.min(28, d.getUTCDate() + 1)} in ${c.pick(c.places)}.`;
  },
];

const PLAIN = [
  "The war has displaced more than half of the country's pre-war population, according to aid agencies.",
  "Analysts say the process has so far produced few tangible results on the ground.",
  "Opposition representatives have repeatedly accused the government of violating the truce.",
  "The sides remain divided over the future of the political transition and the constitution.",
  "Humanitarian organisations have called for unhindered access to besieged areas.",
  "Diplomats involved in the negotiations spoke on condition of anonymity because they were not authorised to brief the media.",
  "The talks are seen as complementary to the broader political process led by the international community.",
  "Critics argue that the guarantor states pursue their own interests in the region.",
  "Reconstruction costs have been estimated at hundreds of billions of dollars.",
  "Local residents told reporters that shelling had continued overnight in several districts.",
  "The delegation did not respond to a request for comment.",
  "Observers expect the working group on detainees to present a report before the end of the session.",
];

/** mulberry32: small, fast, seeded. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
