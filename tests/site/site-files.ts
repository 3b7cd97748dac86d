// Reading a rendered site back: its HTML files, their internal links, and whether a link resolves to a file.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Every .html file under dir, as paths relative to dir ("events/x/index.html"). */
export function listHtmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string): void => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) { if (name !== "pagefind") walk(rel); } else if (name.endsWith(".html")) out.push(rel);
    }
  };
  walk("");
  return out.sort();
}

/** The page's URL path for a file: "events/x/index.html" → "/events/x/". */
export function pageUrlOf(file: string, prefix = "/"): string {
  return prefix + file.replace(/index\.html$/, "");
}

/** href and src values of a page (entity &amp; decoded). */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

/** Resolve an internal link against the page URL; null for external or non-page links. */
export function resolveInternal(link: string, pageUrl: string): URL | null {
  const url = new URL(link, `http://site.test${pageUrl}`);
  return url.origin === "http://site.test" ? url : null;
}

/** The file a site path maps to under dir with `prefix` stripped, or null if the path is outside the prefix or missing. */
export function fileForPath(dir: string, urlPath: string, prefix = "/"): string | null {
  if (!urlPath.startsWith(prefix)) return null;
  const rel = decodeURIComponent(urlPath.slice(prefix.length));
  const candidate = path.join(dir, rel.endsWith("/") || rel === "" ? `${rel}index.html` : rel);
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

/** true when the page has an element with this id. */
export function hasId(file: string, id: string): boolean {
  return readFileSync(file, "utf8").includes(`id="${id}"`);
}
