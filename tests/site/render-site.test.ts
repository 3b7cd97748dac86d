import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { toTimelineJson } from "../../src/export/timeline-json.ts";
import { LISTING_LIMIT } from "../../src/site/group-events.ts";
import { renderSite } from "../../src/site/render-site.ts";
import type { Timeline } from "../../src/types.ts";
import { makeEventDate } from "../../src/util/date-point.ts";
import { makeActor, makeArticle, makeEvent, sampleTimeline } from "../helpers/sample-timeline.ts";
import { fileForPath, hasId, linksOf, listHtmlFiles, pageUrlOf, resolveInternal } from "./site-files.ts";

// One render per variant for the whole file: Eleventy takes ~0.5 s per build.
const dirs: Record<string, string> = {};
const read = (variant: string, rel: string): string => readFileSync(path.join(dirs[variant]!, rel), "utf8");

/** The sample plus hostile article content: a javascript: URL, template syntax, a closing script tag. */
function hostileTimeline(): Timeline {
  const t = sampleTimeline();
  t.articles.push(makeArticle({
    id: "hostile", title: "</script><script>alert(2)</script>", url: "javascript:alert(3)", published: { year: 2018 },
    publishedNote: "<img src=x onerror=alert(4)>", source: "\"Quotes\" & <Co>",
    blocks: [{ index: 0, text: "Talks {{ 7*7 }} {% raw %} were held on <b>March 3</b>.", lines: [3, 3] }],
    furniture: ["<iframe src=x>"],
  }));
  t.actors.push(makeActor({ id: "hostile-actor", name: "<svg onload=alert(5)>", kind: "organization" }));
  t.events.push(makeEvent({
    id: "2018-03-03-hostile", type: "meeting", title: "</script><b>x</b>", actors: ["hostile-actor"],
    date: makeEventDate({ year: 2018, month: 3, day: 3 }, { text: "<b>March 3</b>" }),
    sources: [{ article: "hostile", quote: "Talks {{ 7*7 }} {% raw %} were held on <b>March 3</b>.", line: 3 }],
  }));
  return t;
}

/** The sample plus more events in 2018 than one listing names (LISTING_LIMIT), all naming one envoy, who speaks in half of them. */
function longTimeline(): Timeline {
  const t = sampleTimeline();
  t.actors.push(makeActor({ id: "busy-envoy", name: "Busy Envoy" }));
  for (let i = 0; i < LISTING_LIMIT + 20; i++) {
    const speaker = i % 2 === 0 ? ["busy-envoy"] : ["jane-envoy", "busy-envoy"];
    t.events.push(makeEvent({ id: `2018-${i}`, type: i % 10 === 0 ? "meeting" : "statement", title: `Long-year event ${i}`, actors: speaker, date: makeEventDate({ year: 2018, month: 1 + (i % 12) }, { text: "x" }) }));
  }
  t.events.push(makeEvent({ id: "2017-busy", type: "meeting", title: "Year-before event", actors: ["busy-envoy"], date: makeEventDate({ year: 2017, month: 2, day: 1 }, { text: "x" }) }));
  return t;
}

beforeAll(async () => {
  for (const [variant, timeline, prefix] of [["root", sampleTimeline(), "/"], ["sub", sampleTimeline(), "/sub/"], ["hostile", hostileTimeline(), "/"], ["long", longTimeline(), "/"]] as const) {
    dirs[variant] = mkdtempSync(path.join(tmpdir(), `dateline-site-${variant}-`));
    await renderSite(timeline, { outDir: dirs[variant]!, pathPrefix: prefix, quiet: true, search: false });
  }
});

afterAll(() => {
  for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
});

describe("renderSite on the sample timeline", () => {
  it("writes every page type and the timeline.json of the spec", () => {
    const files = listHtmlFiles(dirs.root!);
    for (const page of ["index.html", "rounds/index.html", "report/index.html", "actors/index.html", "actors/jane-envoy/index.html",
      "articles/2017-02-13-second-round/index.html", "years/2017/01/index.html", "years/2017/index.html", "types/round/index.html", "search/index.html"]) {
      expect(files).toContain(page);
    }
    expect(JSON.parse(read("root", "timeline.json"))).toEqual(toTimelineJson(sampleTimeline()));
  });

  it("escapes the <script> in a title everywhere, including the JSON-LD block", () => {
    for (const file of listHtmlFiles(dirs.root!)) expect(read("root", file)).not.toContain("<script>alert(1)");
    const page = read("root", "years/2017/02/index.html");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(jsonLd).not.toContain("<");
    expect(JSON.parse(jsonLd)["@graph"]).toContainEqual(expect.objectContaining({ "@type": "Event", name: "Jane Envoy: \"We hope observers will come\" <script>alert(1)</script>", startDate: "2017-02-13" }));
  });

  it("describes every round as a schema.org Event on the rounds page", () => {
    const html = read("root", "rounds/index.html");
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(jsonLd["@graph"].map((e: { name: string; startDate: string; endDate?: string; eventStatus?: string }) => [e.name, e.startDate, e.endDate, e.eventStatus])).toEqual([
      ["Astana talks, round 1", "2017-01-23", "2017-01-24", undefined],
      ["Astana talks, round 2", "2017-02", undefined, "https://schema.org/EventScheduled"],
    ]);
  });

  it.each([
    ["23–24 Jan 2017", "2017-01-23"],
    ["Feb 2017 (mid-month)", "2017-02"],
    ["Mar 2011", "2011-03"],
    ["20 Dec 2016", "2016-12-20"],
  ])("shows %s in <time datetime=%s> on the home page", (label, datetime) => {
    expect(read("root", "index.html")).toContain(`<time datetime="${datetime}">${label}</time>`);
  });

  it("lists each source article once, labelled by outlet", () => {
    const home = read("root", "index.html");
    const round1 = home.slice(home.indexOf('id="e-2017-01-23-astana-talks-round-1"'));
    expect(round1.slice(0, 1200)).toMatch(/2 sources:\s*<a href="\/articles\/2017-01-19-talks-prepared\/" title="Ministers prepare talks in the capital">Example Agency<\/a>, <a href="\/articles\/2017-02-13-second-round\/"/);
  });

  it("marks the planned round and the sources' disagreement", () => {
    const home = read("root", "index.html");
    const round2 = home.slice(home.indexOf('id="e-2017-02-astana-talks-round-2"'));
    expect(round2.slice(0, 400)).toContain("badge-planned");
    const january = read("root", "years/2017/01/index.html");
    const round1 = january.slice(january.indexOf('id="e-2017-01-23-astana-talks-round-1"'));
    expect(round1).toContain("What each source says");
    expect(round1).toContain("announced on 19 Jan 2017 for 23 Jan 2017");
  });

  it.each([["round", 2], ["meeting", 1], ["statement", 1], ["other", 1]])("the %s page lists %i event(s)", (type, count) => {
    const html = read("root", `types/${type}/index.html`);
    expect(html).toContain(`data-count="${count}"`);
    expect(html.match(/<li class="event" id="e-/g)?.length ?? 0).toBe(count);
  });

  it.each([["round", 2017, 2], ["meeting", 2016, 1], ["other", 2011, 1]])("the %s page of %i lists %i event(s)", (type, year, count) => {
    const html = read("root", `types/${type}/${year}/index.html`);
    expect(html).toContain(`data-count="${count}"`);
    expect(html.match(/<li class="event" id="e-/g)?.length).toBe(count);
  });

  it.each([[2011, 1], [2016, 1], [2017, 3]])("the %i page lists %i event(s)", (year, count) => {
    expect(read("root", `years/${year}/index.html`).match(/<li class="event" id="e-/g)?.length).toBe(count);
  });

  it("highlights cited sentences on article pages, links them, and lists the skipped furniture", () => {
    const html = read("root", "articles/2017-01-19-talks-prepared/index.html");
    expect(html).toContain('<mark><a href="/years/2016/12/#e-2016-12-20-ministers-meet"');
    expect(html).toContain("<li>Most read</li>");
    expect(html).toContain("Printed as &#39;January 19, 13:48 UTC+3&#39;.");
    expect(html).toContain('href="https://example.org/2017/01/19/talks"');
  });

  it("lists the report's diagnostics by rule and the unregistered actor", () => {
    const html = read("root", "report/index.html");
    expect(html).toContain("<code>published-unknown</code>");
    expect(html).toContain('href="/actors/john-minister/"');
    expect(html).toContain("content/articles/undated-notes.md");
  });

  it.each(["root", "sub", "long"])("has no broken internal link or anchor (%s build)", (variant) => {
    const prefix = variant === "sub" ? "/sub/" : "/";
    const dir = dirs[variant]!;
    const broken: string[] = [];
    for (const file of listHtmlFiles(dir)) {
      const pageUrl = pageUrlOf(file, prefix);
      for (const link of linksOf(read(variant, file))) {
        const url = resolveInternal(link, pageUrl);
        if (!url) continue;
        const target = fileForPath(dir, url.pathname, prefix);
        if (!target) broken.push(`${file}: ${link}`);
        else if (url.hash && target.endsWith(".html") && !hasId(target, decodeURIComponent(url.hash.slice(1)))) broken.push(`${file}: ${link} (anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("prefixes every root-relative URL in a --path-prefix build", () => {
    for (const file of listHtmlFiles(dirs.sub!)) {
      const rootRelative = linksOf(read("sub", file)).filter((l) => l.startsWith("/"));
      expect(rootRelative.filter((l) => !l.startsWith("/sub/")), file).toEqual([]);
    }
    expect(read("sub", "sitemap.xml")).toContain("<loc>http://localhost:8080/sub/actors/jane-envoy/</loc>");
  });
});

describe("renderSite with hostile article content", () => {
  it("never links a javascript: URL and escapes text, attributes and furniture", () => {
    const html = read("hostile", "articles/hostile/index.html");
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("javascript:alert(3) (not a web address, so not linked)");
    for (const bad of ["<script>alert(2)", "<img src=x", "<iframe", "<b>March 3</b>", "<Co>", "<svg onload"]) expect(html).not.toContain(bad);
    expect(html).toContain("{{ 7*7 }} {% raw %}"); // template syntax in article text is shown, not run
  });

  it("escapes hostile names on actor, month and home pages", () => {
    for (const file of listHtmlFiles(dirs.hostile!)) {
      const html = read("hostile", file);
      expect(html, file).not.toMatch(/<svg onload|<\/script><b>|<script>alert/);
    }
    const month = read("hostile", "years/2018/03/index.html");
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(month)![1]!;
    expect(JSON.parse(jsonLd)["@graph"].map((e: { name: string }) => e.name)).toContain("</script><b>x</b>");
  });
});

describe("renderSite from another working directory", () => {
  it("names every event of a long year only on its month pages; the year page gives counts and links", () => {
    const year = read("long", "years/2018/index.html");
    expect(year).not.toContain("Long-year event");
    const counts = [...year.matchAll(/<p class="month-counts"><a href="([^"]+)">(\d+) events<\/a>((?: · \d+ (?:meetings?|statements?))+)<\/p>/g)];
    expect(counts.map((m) => m[1])).toEqual(Array.from({ length: 12 }, (_, i) => `/years/2018/${String(i + 1).padStart(2, "0")}/`));
    expect(counts.reduce((n, m) => n + Number(m[2]), 0)).toBe(LISTING_LIMIT + 20);
    const sumOf = (parts: string): number => [...parts.matchAll(/\d+/g)].reduce((n, d) => n + Number(d[0]), 0);
    expect(counts.every((m) => Number(m[2]) === sumOf(m[3]!))).toBe(true);
    const january = read("long", "years/2018/01/index.html");
    expect((january.match(/Long-year event \d+</g) ?? []).length).toBe(Number(counts[0]![2]));
    // The short years around it still list their events, and the home page shows the long year's counts.
    expect(read("long", "years/2017/index.html")).toContain('class="event"');
    expect(read("long", "index.html")).toContain('class="month-counts"');
    // 2018's statements alone are fewer than the limit: their type-year page names each one.
    expect(read("long", "types/statement/2018/index.html")).toContain("Long-year event 1<");
  });

  it("gives an actor with more events than one page lists a page per year, linked from the actor's page", () => {
    const actor = read("long", "actors/busy-envoy/index.html");
    expect(actor).not.toContain('<li class="event">');
    expect([...actor.matchAll(/<li><a href="([^"]+)">(\d{4})<\/a> <span class="count">([^<]+)<\/span><\/li>/g)].map((m) => [m[1], m[3]])).toEqual([
      ["/actors/busy-envoy/2017/", "1 event"],
      ["/actors/busy-envoy/2018/", `${LISTING_LIMIT + 20} events, ${Array.from({ length: LISTING_LIMIT + 20 }, (_, i) => i).filter((i) => i % 2 === 0 && i % 10 !== 0).length} statements`],
    ]);
    const year = read("long", "actors/busy-envoy/2018/index.html");
    expect((year.match(/<li class="event">/g) ?? []).length).toBe(LISTING_LIMIT + 20);
    expect(year).toContain('<h2 id="statements">Statements</h2>');
    expect(year).toContain('href="/actors/busy-envoy/2017/" rel="prev"');
    expect(read("long", "actors/busy-envoy/2017/index.html")).toContain("Year-before event");
    // An actor under the limit keeps one page with everything.
    expect(read("long", "actors/jane-envoy/index.html")).toContain("Long-year event 1<");
    expect(listHtmlFiles(dirs.long!)).not.toContain("actors/jane-envoy/2018/index.html");
  });

  it("indexes each event for search once, on its month page: event lists on article and actor pages are left out", () => {
    const sectionOf = (page: string, id: string): string => new RegExp(`<section aria-labelledby="${id}"[^>]*>`).exec(page)?.[0] ?? "";
    expect(sectionOf(read("root", "articles/2017-02-13-second-round/index.html"), "cited")).toContain("data-pagefind-ignore");
    expect(sectionOf(read("root", "articles/2017-02-13-second-round/index.html"), "text")).not.toContain("data-pagefind-ignore");
    for (const page of ["actors/jane-envoy/index.html", "actors/busy-envoy/2018/index.html"]) {
      const html = read("long", page);
      expect(sectionOf(html, "events"), page).toContain("data-pagefind-ignore");
      expect(sectionOf(html, "statements"), page).toContain("data-pagefind-ignore");
    }
    expect(read("root", "years/2017/01/index.html")).toContain("data-pagefind-body");
    expect(read("root", "years/2017/01/index.html")).not.toContain("data-pagefind-ignore");
  });

  it("finds its templates and config wherever `dateline build` is run", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "dateline-site-cwd-"));
    const before = process.cwd();
    process.chdir(tmpdir());
    try {
      const { pages } = await renderSite(sampleTimeline(), { outDir: out, pathPrefix: "/", quiet: true, search: false });
      expect(pages).toBeGreaterThan(20);
    } finally {
      process.chdir(before);
      rmSync(out, { recursive: true, force: true });
    }
  });
});
