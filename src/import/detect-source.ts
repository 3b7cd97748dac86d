// The outlet: how the page names itself. General shapes only, in order of trust:
// a site-name line at the top ("Example.Com"), a self-reference ("Example TV’s website ...",
// "Support Example Post on Patreon", "© 2017 Example"), an agency in the dateline ("/AGENCY/",
// "(Agency)"), then the URL's host.
import type { LineVerdict } from "./find-article-lines.ts";
import { readDateline } from "./read-date-stamp.ts";
import { outletFromHost } from "./detect-url.ts";

export interface SourceFinding {
  source: string;
  /** The words it came from, for the import report. */
  evidence: string;
}

const NAME = "((?:[Tt]he\\s)?\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s\\p{Lu}[\\p{L}\\p{N}&.-]*){0,3})";
const SELF_REFERENCES: RegExp[] = [
  new RegExp(`^${NAME}[’']s?\\s(?:website|site|web\\ssite)\\b`, "u"),
  // "Help us grow. Support The Example Post on Patreon!": an appeal starts a sentence.
  new RegExp(`(?:^|[.!?]\\s)Support\\s${NAME}\\s(?:on|via|through)\\s`, "u"),
  new RegExp(`(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s?[-–]\\s?\\d{4})?\\s*)?${NAME}`, "iu"),
];
const UNDATED_DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]{1,40}\s\(([\p{L}][\p{L}\s.&-]{1,30})\)\s?[-–—]/u;
const DOMAIN = /^(?:www\.)?([\p{L}\d-]{2,}(?:\.[\p{L}\d-]{2,}){0,2})\.[\p{L}]{2,12}$/u;

/** Find the outlet, or null when the page does not say. */
export function findSource(lines: string[], verdicts: LineVerdict[], url: string | null): SourceFinding | null {
  // 1. A domain-like line among the first few lines is the site's name ("Example.Com").
  const top = lines.map((l, i) => [l.trim(), i] as const).filter(([l]) => l !== "").slice(0, 5);
  for (const [line, i] of top) {
    const m = verdicts[i]?.reason === "site-name" ? DOMAIN.exec(line) : null;
    if (m?.[1]) return { source: m[1], evidence: line };
  }
  // 2. The page talking about itself, outside the article text.
  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i]?.article) continue;
    const line = (lines[i] ?? "").trim();
    for (const re of SELF_REFERENCES) {
      const m = re.exec(line);
      // "Example Daily. All rights reserved": the name ends at its sentence.
      if (m?.[1]) return { source: (m[1].split(/[.,]\s/)[0] ?? m[1]).replace(/[.,]$/, ""), evidence: line };
    }
  }
  // 3. "MOSCOW, January 19. /AGENCY/." at the start of the article.
  const firstArticle = verdicts.findIndex((v) => v.article);
  const dateline = firstArticle >= 0 ? readDateline(lines[firstArticle] ?? "") : null;
  if (dateline?.agency) return { source: dateline.agency, evidence: (lines[firstArticle] ?? "").slice(0, 60) };
  // "WASHINGTON (Agency) - ...": a dateline without a date.
  const undated = firstArticle >= 0 ? UNDATED_DATELINE.exec(lines[firstArticle] ?? "") : null;
  if (undated?.[1]) return { source: undated[1].trim(), evidence: (lines[firstArticle] ?? "").slice(0, 60) };
  // 4. The host of the article's URL.
  const host = url ? outletFromHost(url) : null;
  if (host && url) return { source: host, evidence: url };
  return null;
}
