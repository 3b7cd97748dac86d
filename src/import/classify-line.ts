// Line-level furniture rules: each looks at one line alone and names what it is, or says nothing.
// Position-dependent decisions (menus around the article, blocks of other headlines) live in
// find-article-lines.ts. No rule names a site, a person or a date of any corpus.
import type { FurnitureLexicon } from "./furniture-lexicon.ts";
import { lineKey } from "./furniture-lexicon.ts";
import { countWords, isProse, latinShare, maxCamelSwitches } from "./line-features.ts";
import { readDateStamp } from "./read-date-stamp.ts";
import { containsPhrase, indexPhrases, type PhraseIndex } from "../util/phrase-index.ts";

export interface LineContext {
  lexicon: FurnitureLexicon;
  /** Most letters of the page are Latin: then a line in another script is site chrome ("Реклама"). */
  latinPage: boolean;
}

type LineRule = [reason: string, test: (line: string, ctx: LineContext) => boolean];

const PHOTO_CREDIT = /\((?:[^()]{0,40}\b(?:photo|photos|picture|image|file|credit|courtesy)\b[^()]{0,40})\)\s*$/i;
// "(L)", "(R)", "(C)", "(2nd L)", "(back row, R)": how captions point at people in a picture.
const POSITION_MARK = /\((?:[^()]{0,20}\s)?[LRC]\)/;
const SPEECH = /\b(?:said|says|told|added|stated|declared|according to)\b/i;
const CAPTION_START = /^(?:photo|photograph|image|picture|file photo|credit|caption)\s*(?:by|:|credit)/i;
// "… in Astana on January 24, 2024. © Ruslan Pryanikov, AFP": a picture credit ends the caption.
const COPYRIGHT_CREDIT = /©\s*\p{Lu}[^.]{0,60}$/u;
// "Correction: An earlier version of this story said …": the newsroom's note, not the article.
const EDITOR_NOTE = /^(?:correction|clarification|editor['’]s note|update)\s*:/i;
const BYLINE =
  /^(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Tt]ext by|[Ss]tory by|[Aa]uthor:?)\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}(?:\s?(?:,|and|&)\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})?\.?$/u;
// "Jane Doe is Example News' staff journalist": a name, "is", up to four words, a press job.
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}\sis\s(?:\S+\s){0,4}(?:journalist|correspondent|reporter|writer|editor|columnist|contributor|analyst at)\b/iu;
const HANDLE = /(?:^|\s)@[A-Za-z0-9_]{2,}/;
const SOCIAL = /\b(?:twitter|x\.com|facebook|instagram|telegram|youtube|tiktok|follow)\b/i;
const BARE_URL = /^(?:(?:source|url|link|canonical|original|read more|via)\s*:\s*)?<?https?:\/\/\S+>?$/i;
const DOMAIN = /^(?:www\.)?[\p{L}\d-]{2,}(?:\.[\p{L}\d-]{2,}){1,3}$/u;
const SEPARATOR = /^[-_*=~•·.#]{3,}$/;
const BREADCRUMB_SEPARATORS = /\s(?:\/|>|»|›|\|)\s/g;
const HAS_DIGIT = /\d/;

// The lexicon in the shapes the "lexicon" rule looks lines up in, built once per lexicon object
// (lexicons are not changed after they are made).
interface LexiconLookup {
  phrases: PhraseIndex;
  lines: Set<string>;
}
const lookups = new WeakMap<FurnitureLexicon, LexiconLookup>();
function lexiconLookup(lexicon: FurnitureLexicon): LexiconLookup {
  let lookup = lookups.get(lexicon);
  if (!lookup) lookups.set(lexicon, (lookup = { phrases: indexPhrases(lexicon.phrases), lines: new Set(lexicon.lines) }));
  return lookup;
}

// Order matters only for the reason reported: the first rule that fires names the line.
export const LINE_RULES: LineRule[] = [
  ["separator", (line) => SEPARATOR.test(line)],
  ["template", (line) => /\{\{|\}\}|\{%|%\}/.test(line)],
  ["non-latin", (line, ctx) => ctx.latinPage && latinShare(line) < 0.5],
  ["url", (line) => BARE_URL.test(line)],
  ["site-name", (line) => DOMAIN.test(line) && !/^\d/.test(line)],
  // Every printed date has a digit: most lines need no date reader at all.
  ["timestamp", (line) => HAS_DIGIT.test(line) && readDateStamp(line) !== null],
  ["lexicon", (line, ctx) => {
    const lower = line.toLowerCase();
    const lookup = lexiconLookup(ctx.lexicon);
    return containsPhrase(lower, lookup.phrases) || (line.length <= 80 && lookup.lines.has(lineKey(line)));
  }],
  ["byline", (line) => BYLINE.test(line)],
  ["author-bio", (line) => countWords(line) <= 30 && AUTHOR_BIO.test(line)],
  ["social-handle", (line) => HANDLE.test(line) && (SOCIAL.test(line) || countWords(line) <= 4)],
  // "(R)" also marks a US Republican ("Sen. Jane Roe (R) said ..."): a caption describes, it does not quote.
  ["caption", (line) => PHOTO_CREDIT.test(line) || CAPTION_START.test(line) || COPYRIGHT_CREDIT.test(line) || (POSITION_MARK.test(line) && !SPEECH.test(line))],
  ["editor-note", (line) => EDITOR_NOTE.test(line)],
  // "SyriaDamascusAstanaRussian...": a tag cloud whose spaces the scrape lost.
  ["tag-cloud", (line) => maxCamelSwitches(line) >= 3],
  // "News / Syria / News", "Home > World > Middle East", "Home Astana A Russian official sets the..."
  // The separators first: most lines have none, and isProse measures the whole line.
  ["breadcrumb", (line) =>
    ((line.match(BREADCRUMB_SEPARATORS)?.length ?? 0) >= 2 || /^home\b.*(?:\.\.\.|…)$/i.test(line)) && !isProse(line)],
];

/** The furniture reason for one line on its own, or null when nothing about the line itself says so. */
export function classifyLine(line: string, ctx: LineContext): string | null {
  for (const [reason, test] of LINE_RULES) if (test(line, ctx)) return reason;
  return null;
}
