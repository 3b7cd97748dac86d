// Which lines of a page are the article. Three passes, in this order:
// 1. line rules (classify-line.ts): what a line is on its own (caption, byline, ad ...);
// 2. blocks: a "Read also"/"Most read" header makes the following lines furniture until a real
//    paragraph — those headlines often look like events ("Russia invited US to join talks ...");
// 3. position: the article is the main run of prose; short lines before and after it (menus,
//    headline, site chrome) are furniture, short lines inside it are kept (sub-headings, quotes).
// A clean article (only prose, markdown headings and lists) comes out unchanged.
import type { FurnitureLexicon } from "./furniture-lexicon.ts";
import { BASE_LEXICON, lineKey, mergeLexicons } from "./furniture-lexicon.ts";
import { classifyLine } from "./classify-line.ts";
import { countWords, endsSentence, isMarkdownStructure, isProse, isRealParagraph, latinShareOf, lowercaseWordShare, measureLine } from "./line-features.ts";

export interface LineVerdict {
  article: boolean;
  /** Why a line is furniture: "caption", "related-block", "before-article" ... */
  reason?: string;
  /** When only part of the line is article (text cut off mid-sentence): the part kept. */
  text?: string;
}

export interface FindArticleOptions {
  lexicon?: FurnitureLexicon;
  /** Apply the position rules (default true). Off: only what a line is on its own counts. */
  positional?: boolean;
}

// More furniture lines than this in a row (not counting blank lines) separate two runs of prose.
const MAX_GAP = 4;
// A run of this many short unpunctuated lines inside the article is a menu, not sub-headings.
const MENU_RUN = 3;

/** Decide for every line whether it belongs to the article. Same length and order as `lines`. */
export function findArticleLines(lines: string[], options: FindArticleOptions = {}): LineVerdict[] {
  const lexicon = withBaseLexicon(options.lexicon);
  const latinPage = latinShareOf(lines.map(measureLine)) >= 0.5;
  const verdicts: LineVerdict[] = lines.map((line) => {
    if (line.trim() === "") return { article: false, reason: "blank" };
    const reason = classifyLine(line.trim(), { lexicon, latinPage });
    return reason ? { article: false, reason } : { article: true };
  });
  markHeadlineBlocks(lines, verdicts, lexicon);
  if (options.positional !== false) {
    markOutsideMainRun(lines, verdicts);
    markMenuRuns(lines, verdicts);
    markCutOffEnd(lines, verdicts);
  }
  return verdicts;
}

// Merging is done once per editor lexicon (the build passes the same one for every article).
const NO_LEXICON: FurnitureLexicon = { phrases: [], lines: [], headers: [] };
const merged = new WeakMap<FurnitureLexicon, FurnitureLexicon>();
function withBaseLexicon(lexicon: FurnitureLexicon = NO_LEXICON): FurnitureLexicon {
  let result = merged.get(lexicon);
  if (!result) merged.set(lexicon, (result = mergeLexicons(BASE_LEXICON, lexicon)));
  return result;
}

/** "Read also" and friends: furniture until the next real paragraph. */
function markHeadlineBlocks(lines: string[], verdicts: LineVerdict[], lexicon: FurnitureLexicon): void {
  let inBlock = false;
  const headers = new Set(lexicon.headers);
  lines.forEach((line, i) => {
    const verdict = verdicts[i];
    if (!verdict || line.trim() === "") return;
    if (line.length <= 80 && headers.has(lineKey(line))) {
      inBlock = true;
      verdicts[i] = { article: false, reason: "related-block" };
      return;
    }
    if (!inBlock) return;
    if (isRealParagraph(line)) inBlock = false;
    else if (verdict.article) verdicts[i] = { article: false, reason: "related-block" };
  });
}

/** Keep the largest run of prose (by characters); the lines around it are page chrome. */
function markOutsideMainRun(lines: string[], verdicts: LineVerdict[]): void {
  const runs: { start: number; end: number; size: number }[] = [];
  let current: { start: number; end: number; size: number } | null = null;
  let gap = 0;
  lines.forEach((line, i) => {
    if (!verdicts[i]?.article) return;
    if (isProse(line) || isMarkdownStructure(line)) {
      if (current && gap <= MAX_GAP) {
        current.end = i;
        current.size += line.length;
      } else {
        current = { start: i, end: i, size: line.length };
        runs.push(current);
      }
      gap = 0;
    } else gap++;
  });
  const main = runs.reduce<(typeof runs)[number] | null>((best, run) => (!best || run.size > best.size ? run : best), null);
  // Short sentences touching the run belong to it ("Talks resumed." opening a hand-written article);
  // menus and headlines do not end with a full stop.
  if (main) {
    for (let i = main.start - 1; i >= 0 && (isBlank(lines, i) || isShortSentence(lines, verdicts, i)); i--) if (!isBlank(lines, i)) main.start = i;
    for (let i = main.end + 1; i < lines.length && (isBlank(lines, i) || isShortSentence(lines, verdicts, i)); i++) if (!isBlank(lines, i)) main.end = i;
  }
  // A paragraph cut off mid-sentence right after the run still belongs to it (markCutOffEnd trims it):
  // "... Experts expect the talks to focus on the allo".
  if (main) {
    let next = main.end + 1;
    while (next < lines.length && (lines[next] ?? "").trim() === "") next++;
    const line = lines[next] ?? "";
    if (verdicts[next]?.article && looksCutOff(line)) main.end = next;
  }
  lines.forEach((line, i) => {
    if (!verdicts[i]?.article) return;
    if (main && i >= main.start && i <= main.end) return;
    if (isMarkdownStructure(line)) return; // an editor's heading or list survives anywhere
    verdicts[i] = { article: false, reason: !main || i < main.start ? "before-article" : "after-article" };
  });
}

// Line tests of the positional passes. Top-level functions, not closures: the build runs under
// tsx, whose keepNames gives every named closure a defineProperty call each time it is created.
function isBlank(lines: string[], i: number): boolean {
  return (lines[i] ?? "").trim() === "";
}

/** A short sentence still in the article: "Talks resumed." */
function isShortSentence(lines: string[], verdicts: LineVerdict[], i: number): boolean {
  return verdicts[i]?.article === true && endsSentence(lines[i] ?? "") && countWords(lines[i] ?? "") >= 2;
}

/** A short unpunctuated line still in the article: a menu item that slipped in. */
function isMenuItem(lines: string[], verdicts: LineVerdict[], i: number): boolean {
  const line = lines[i] ?? "";
  return verdicts[i]?.article === true && countWords(line) <= 4 && !endsSentence(line) && !isMarkdownStructure(line);
}

/** Sentence-like words that stop without a sentence end: the scrape was cut off. */
function looksCutOff(line: string): boolean {
  return countWords(line) >= 8 && lowercaseWordShare(line) >= 0.5 && !endsSentence(line) && /[\p{L}\p{N},;-]$/u.test(line.trim());
}

/** Inside the article, several short unpunctuated lines in a row are a menu that slipped in. */
function markMenuRuns(lines: string[], verdicts: LineVerdict[]): void {
  let i = 0;
  while (i < lines.length) {
    if (!isMenuItem(lines, verdicts, i)) { i++; continue; }
    let j = i;
    while (j < lines.length && (isMenuItem(lines, verdicts, j) || (lines[j] ?? "").trim() === "")) j++;
    const items = lines.slice(i, j).filter((l) => l.trim() !== "").length;
    if (items >= MENU_RUN) for (let k = i; k < j; k++) if (verdicts[k]?.article) verdicts[k] = { article: false, reason: "menu" };
    i = j;
  }
}

/** A last paragraph cut off mid-sentence keeps its complete sentences; the fragment is furniture. */
function markCutOffEnd(lines: string[], verdicts: LineVerdict[]): void {
  let last = -1;
  verdicts.forEach((v, i) => { if (v.article) last = i; });
  const line = (lines[last] ?? "").trim();
  if (last < 0 || isMarkdownStructure(line) || endsSentence(line) || /["”’»)\]]$/.test(line)) return;
  if (!/[\p{L}\p{N},;-]$/u.test(line)) return;
  // The last sentence end followed by a space: "... in Geneva. The talks will be he"
  const cut = Math.max(line.lastIndexOf(". "), line.lastIndexOf("! "), line.lastIndexOf("? "), line.lastIndexOf("” "));
  if (cut > 0) verdicts[last] = { article: true, reason: "cut-off", text: line.slice(0, cut + 1).trim() };
  else verdicts[last] = { article: false, reason: "cut-off" };
}
