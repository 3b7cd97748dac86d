// sitemap.xml from the list of page URLs (rendered in this build or reused from the last one).
import { escapeHtml } from "./html.ts";

/** Every page URL ending in "/" (not 404.html), sorted, under the absolute `siteRoot` ("https://x.org/sub/"). */
export function toSitemapXml(urls: Iterable<string>, siteRoot: string): string {
  const pages = [...new Set(urls)].filter((u) => u.startsWith("/") && u.endsWith("/")).sort();
  const entries = pages.map((u) => `  <url><loc>${escapeHtml(`${siteRoot}${u.slice(1)}`)}</loc></url>`);
  return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, "</urlset>", ""].join("\n");
}
