// The article's own address, when the page prints it ("Source: https://…", a canonical URL line),
// and the date many sites put in their paths ("/2017/02/15/").
import type { DatePoint } from "../types.ts";
import { isValidDatePoint } from "../util/date-point.ts";

export interface UrlFinding {
  url: string;
  /** 0-based line index. */
  line: number;
}

const LABELLED = /^(?:source|url|link|canonical|original(?: article)?|permalink|article url)\s*:?\s*<?(https?:\/\/[^\s<>"]+)/i;
const BARE = /^<?(https?:\/\/[^\s<>"]+?)>?$/i;

/** A labelled URL line first, else a line that is nothing but a URL; null when there is none. */
export function findUrl(lines: string[]): UrlFinding | null {
  let bare: UrlFinding | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const labelled = LABELLED.exec(line);
    if (labelled?.[1]) return { url: trimUrl(labelled[1]), line: i };
    const plain = BARE.exec(line);
    if (plain?.[1] && !bare) bare = { url: trimUrl(plain[1]), line: i };
  }
  return bare;
}

/** Trailing sentence punctuation is not part of a URL ("…/story.html)." -> "…/story.html"). */
function trimUrl(url: string): string {
  return url.replace(/[).,;:!?'"’”]+$/, "");
}

/** "/2017/02/15/" -> 2017-02-15, "/2017/02/" -> 2017-02; null when the path holds no date. */
export function dateFromUrl(url: string): DatePoint | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const full = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path);
  if (full) {
    const point: DatePoint = { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) };
    if (isValidDatePoint(point)) return point;
  }
  const month = /\/((?:19|20)\d{2})\/(\d{1,2})(?=\/)/.exec(path);
  if (month) {
    const point: DatePoint = { year: Number(month[1]), month: Number(month[2]) };
    if (isValidDatePoint(point)) return point;
  }
  return null;
}

/** The outlet a host name stands for: "www.example-news.com" -> "example-news". */
export function outletFromHost(url: string): string | null {
  try {
    const labels = new URL(url).hostname.replace(/^www\./, "").split(".");
    return labels.length >= 2 ? labels.slice(0, -1).join(".") : (labels[0] ?? null);
  } catch {
    return null;
  }
}
