// Render only what changed: every one-page-per-item page (PAGE_KINDS) gets a key, the
// hash of everything it shows; a page whose key matches the last site's is not rendered again but
// linked from the last site. Adding one article then re-renders the pages of the events it touches,
// not 10,000 article pages. The keys live beside the pages they describe (MANIFEST_FILE in the site),
// so they can never disagree with the files an atomic publish swapped in.
import { hash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fingerprintFiles } from "../util/fingerprint-files.ts";
import type { EventView } from "./event-views.ts";
import { byPageKind, PAGE_KINDS, type SiteData } from "./site-data.ts";

export const MANIFEST_FILE = ".dateline-pages.json";

export interface PageManifest {
  /** Hash of what every page shares: templates, site code, path prefix, site URL, title. */
  global: string;
  /** Site path ("/articles/x/") → key of the page's data. */
  pages: Record<string, string>;
}

type PageLists = SiteData["pages"];

/** The templates, the site code and the locked package versions: a change to any re-renders everything. */
const SITE_CODE = fingerprintFiles(["../../templates", ".", "../util", "../../package-lock.json"].map((rel) => fileURLToPath(new URL(rel, import.meta.url))));

const sha1 = (text: string): string => hash("sha1", text, "hex");

/** An event shown on a page stands, in the page's hashed data, for its own key. */
type KeyOf = (event: EventView) => string;

/**
 * Where each kind of page holds events, swapped for their keys before hashing. Only a speed-up:
 * an event left in place (a field not listed here) is hashed in full, which keys the page just
 * as correctly. (A JSON.stringify replacer did the same for every field, but JavaScript called
 * for each of the millions of values cost more than the hashing.)
 */
const KEYED_DATA: { [K in keyof PageLists]: (page: PageLists[K][number], keyOf: KeyOf) => object } = {
  articles: (page, keyOf) => ({ ...page, events: page.events.map(keyOf), unmatched: page.unmatched.map((u) => ({ ...u, event: keyOf(u.event) })) }),
  months: (page, keyOf) => ({ ...page, events: page.events.map(keyOf) }),
  actors: (page, keyOf) => ({
    ...page,
    events: page.events.map(keyOf),
    statements: page.statements.map((s) => ({ ...s, event: keyOf(s.event) })),
    ...(page.first ? { first: keyOf(page.first) } : {}),
    ...(page.last ? { last: keyOf(page.last) } : {}),
  }),
  actorYears: (page, keyOf) => ({ ...page, events: page.events.map(keyOf), statements: page.statements.map((s) => ({ ...s, event: keyOf(s.event) })) }),
};

/**
 * Key every page of `data.pages`. An event shown on many pages is hashed once: inside a page's data
 * it stands for its own key, so the page's key changes exactly when something it shows changes.
 */
export function keyPages(data: SiteData, settings: Record<string, string | undefined>, known: WeakMap<EventView, string> = new WeakMap()): PageManifest {
  // `known`: keys of views kept from an earlier build (serve), not hashed again.
  const keyOf: KeyOf = (event) => {
    let key = known.get(event);
    if (key === undefined) known.set(event, (key = sha1(JSON.stringify(event))));
    return key;
  };
  const pages: Record<string, string> = {};
  const keyList = <K extends keyof PageLists>(kind: K): void => {
    for (const item of data.pages[kind]) pages[item.url] = sha1(JSON.stringify(KEYED_DATA[kind](item, keyOf)));
  };
  for (const kind of PAGE_KINDS) keyList(kind);
  return { global: sha1(JSON.stringify([SITE_CODE, settings])), pages };
}

/** The file of a site path: "/articles/x/" → <dir>/articles/x/index.html. */
export function pageFile(dir: string, url: string): string {
  return path.join(dir, ...url.split("/").filter(Boolean), "index.html");
}

/** The last site's manifest, or null (no site yet, or unreadable: then everything is rendered). */
export async function readManifest(dir: string): Promise<PageManifest | null> {
  try {
    const parsed = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), "utf8")) as PageManifest;
    return typeof parsed.global === "string" && typeof parsed.pages === "object" && parsed.pages ? parsed : null;
  } catch {
    return null;
  }
}

/** Split `data.pages` into what must be rendered and the URLs whose last rendering still stands. */
export function selectPages(data: SiteData, keys: PageManifest, last: PageManifest | null, lastDir: string): { data: SiteData; reused: string[] } {
  if (!last || last.global !== keys.global) return { data, reused: [] };
  const reused: string[] = [];
  const fresh = <T extends { url: string }>(list: T[]): T[] => list.filter((item) => {
    const same = last.pages[item.url] === keys.pages[item.url] && existsSync(pageFile(lastDir, item.url));
    if (same) reused.push(item.url);
    return !same;
  });
  const pages = byPageKind((kind) => fresh(data.pages[kind]));
  return { data: { ...data, pages }, reused };
}

/**
 * After rendering into `outDir`: bring in the reused pages from `lastDir` (hard links, a copy where
 * linking is not possible), drop pages of items that are gone when rendering in place, and write the
 * new manifest.
 */
export async function finishPages(outDir: string, lastDir: string, reused: string[], keys: PageManifest, last: PageManifest | null): Promise<void> {
  if (path.resolve(outDir) !== path.resolve(lastDir)) {
    // Synchronous on purpose: 10,000 awaited mkdir + link pairs, each a round trip through libuv's
    // thread pool, kept this thread idle for 2.4 s; the same calls made directly take 0.3 s.
    const made = new Set<string>();
    for (const url of reused) {
      const target = pageFile(outDir, url);
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      try {
        linkSync(pageFile(lastDir, url), target);
      } catch {
        copyFileSync(pageFile(lastDir, url), target); // another file system, or links not allowed
      }
    }
  } else if (last) {
    for (const url of Object.keys(last.pages)) if (!(url in keys.pages)) await rm(pageFile(outDir, url), { force: true });
  }
  await writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify({ global: keys.global, pages: sortKeys(keys.pages) })}\n`);
}

function sortKeys(pages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(pages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
