// The headline: a line the page repeats, or the most headline-like line above the article.
// Never the site name, a breadcrumb ("Home Astana A Russian official sets the..."), a caption or a stamp.
import type { LineVerdict } from "./find-article-lines.ts";
import { countWords, latinShare } from "./line-features.ts";

export interface TitleFinding {
  title: string;
  /** 0-based indexes of every line carrying the title (it is often printed twice). */
  lines: number[];
  how: "repeated" | "headline" | "first-sentence";
}

const REPEAT_BONUS = 5;
const letterWords = (line: string) => line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

const isHeadlineLike = (line: string) =>
  countWords(line) >= 3 && countWords(line) <= 30 && !/[,;]$/.test(line) && latinShare(line) >= 0.5 && /\p{Lu}/u.test(line);

/** Find the title among the lines above the article; fall back to the first sentence of the article. */
export function findTitle(lines: string[], verdicts: LineVerdict[]): TitleFinding | null {
  const firstArticle = verdicts.findIndex((v) => v.article);
  const end = firstArticle < 0 ? lines.length : firstArticle;
  const candidates: number[] = [];
  for (let i = 0; i < end; i++) {
    const line = (lines[i] ?? "").trim();
    if (verdicts[i]?.reason === "before-article" && isHeadlineLike(line)) candidates.push(i);
  }
  // Lines by text, so "printed twice" costs one pass even on a page of 50,000 menu lines.
  const byText = new Map<string, number[]>();
  for (const i of candidates) {
    const key = (lines[i] ?? "").trim();
    byText.set(key, [...(byText.get(key) ?? []), i].slice(0, 3));
  }
  const same = (i: number) => byText.get((lines[i] ?? "").trim()) ?? [i];
  // Longer lines are likelier headlines than menu items; a line printed twice (page title + headline)
  // gets a bonus, but a repeated three-word section name ("Politics & Diplomacy") still loses to a
  // twelve-word headline. On a tie the later line (nearer the article) wins.
  const score = (i: number) => letterWords(lines[i] ?? "") + (same(i).length > 1 ? REPEAT_BONUS : 0);
  let best: number | undefined;
  for (const i of candidates) if (best === undefined || score(i) >= score(best)) best = i;
  if (best !== undefined && letterWords(lines[best] ?? "") >= 4)
    return { title: (lines[best] ?? "").trim(), lines: same(best), how: same(best).length > 1 ? "repeated" : "headline" };
  if (firstArticle < 0) return null;
  return { title: firstSentence(verdicts[firstArticle]?.text ?? lines[firstArticle] ?? ""), lines: [], how: "first-sentence" };
}

/** The first sentence, shortened at a word boundary to about 100 characters. */
function firstSentence(text: string): string {
  const sentence = text.trim().split(/(?<=[.!?])\s/)[0] ?? "";
  if (sentence.length <= 100) return sentence.replace(/[.!?]$/, "");
  const cut = sentence.slice(0, 100);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40))}…`;
}
