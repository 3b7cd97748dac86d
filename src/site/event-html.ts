// The two HTML fragments of an event, rendered once per build and reused by every page that lists it
// (home, year, month, type, actor and article pages): a summary for listings and the full entry with
// its sources for the month page. Nunjucks macros did the same per page and per listing: at 10,000
// articles that was most of a build. Every value goes through `html`, which escapes it.
import type { EventView } from "./event-views.ts";
import { formatDatePoint } from "../util/format-date.ts";
import { formatEventDate, isoDate, plural, typeLabel } from "./filters.ts";
import { html, joinHtml, type SafeHtml } from "./html.ts";

/** A site path ("/actors/x/") → the href to write (the path prefix added); see prefixSitePath. */
export type HrefOf = (sitePath: string) => string;

function dateTag(date: EventView["date"]): SafeHtml {
  return html`<time datetime="${isoDate(date.start)}">${formatEventDate(date)}</time>`;
}

function badges(e: EventView): SafeHtml {
  return html`<span class="badge badge-${e.type}">${typeLabel(e.type)}</span>${e.planned && html` <span class="badge badge-planned">planned</span>`}${e.claims.length > 0 && html` <span class="badge badge-conflict">sources differ</span>`}`;
}

function actorLinks(e: EventView, href: HrefOf, filter: boolean): SafeHtml {
  return joinHtml(e.actors.map((a) => (filter ? html`<a href="${href(a.url)}" data-pagefind-filter="actor">${a.name}</a>` : html`<a href="${href(a.url)}">${a.name}</a>`)), ", ");
}

/** Listings name at most this many source articles; the event's entry on its month page has them all. */
export const LISTED_SOURCES = 3;

/** "146 sources (269 quotes): A, B, C and 143 more": the source column of listings and the rounds table. */
export function renderSourceLinks(e: EventView, href: HrefOf): SafeHtml {
  const quotes = e.sources.length > e.articles.length ? ` (${e.sources.length} quotes)` : "";
  const shown = e.articles.slice(0, LISTED_SOURCES);
  const links = joinHtml(shown.map((s) => (s.url ? html`<a href="${href(s.url)}" title="${s.title}">${s.label}</a>` : html`${s.label}`)), ", ");
  const more = e.articles.length - shown.length;
  return html`${plural(e.articles.length, "source")}${quotes}${e.articles.length > 0 && ":"}
${links}${more > 0 && html` and <a href="${href(e.url)}">${more} more</a>`}`;
}

/** The inside of a listing's <li class="event">: badges, date, linked title, actors, sources. */
export function renderEventSummary(e: EventView, href: HrefOf): SafeHtml {
  return html`<p class="event-meta">${badges(e)} ${dateTag(e.date)}</p>
  <p class="event-title"><a href="${href(e.url)}">${e.title}</a></p>${e.actors.length > 0 && html`
  <p class="event-actors">${actorLinks(e, href, false)}</p>`}
  <p class="event-sources">${renderSourceLinks(e, href)}</p>`;
}

function dateFact(e: EventView): SafeHtml {
  const written = e.date.text ? html`As written: “${e.date.text}”` : html`The text gives no date: estimated from when the reporting article was published.`;
  return html`${dateTag(e.date)}${e.date.approximate && " (approximate)"}${e.planned && " — announced, not yet known to have happened"}<br><span class="muted">${written}</span>`;
}

function facts(e: EventView, href: HrefOf): SafeHtml {
  return html`<dl class="facts">
  <dt>Date</dt> <dd>${dateFact(e)}</dd>${e.series && html`
  <dt>Series</dt> <dd><a href="${href("/rounds/")}#${e.anchor}">${e.series}</a>${e.round !== undefined && `, round ${e.round}`}</dd>`}${e.place && html`
  <dt>Place</dt> <dd>${e.place}</dd>`}${e.actors.length > 0 && html`
  <dt>Actors</dt> <dd>${actorLinks(e, href, true)}</dd>`}${e.curated && html`
  <dt>Curation</dt> <dd>Corrected by an editor.</dd>`}
</dl>`;
}

function sources(e: EventView, href: HrefOf): SafeHtml {
  const items = e.sources.map((s) => html`
  <li>
    <blockquote><p>${s.quote}</p></blockquote>
    <p class="cite">— ${s.url ? html`<a href="${href(s.url)}">${s.title}</a>` : html`${s.title} (article not in this corpus)`}${s.outlet && `, ${s.outlet}`}${s.published && html`, <time datetime="${isoDate(s.published)}">${formatDatePoint(s.published)}</time>`}${s.line !== undefined && `, line ${s.line}`}</p>
  </li>`);
  return html`<h3>${plural(e.sources.length, "Source")}</h3>
<ol class="sources">${items}
</ol>`;
}

function claims(e: EventView, href: HrefOf): SafeHtml | false {
  if (!e.claims.length) return false;
  const rows = e.claims.map((c) => html`<tr><td>${c.url ? html`<a href="${href(c.url)}">${c.title}</a>` : c.title}</td><td>${dateTag(c.date)} <span class="muted">(“${c.date.text}”)</span></td><td>${c.planned ? "announced" : "reported as held"}</td></tr>`);
  return html`
<h3>What each source says</h3>
<p>The sources give different dates or status for this event; the date above is the merged one.</p>
<div class="table-wrap">
<table>
  <thead><tr><th scope="col">Source</th><th scope="col">Date given</th><th scope="col">Status</th></tr></thead>
  <tbody>${rows}</tbody>
</table>
</div>`;
}

/** The full entry on the month page: facts, every source quote, conflicting claims, history. */
export function renderEventDetail(e: EventView, href: HrefOf): SafeHtml {
  const history = e.history.length > 0 && html`
<h3>History</h3>
<ul>${e.history.map((h) => html`<li>${h}</li>`)}</ul>`;
  return html`<article class="event-entry" aria-labelledby="${e.anchor}" data-pagefind-filter="type:${e.type}">
<p class="event-meta">${badges(e)} ${dateTag(e.date)}</p>
<h2 id="${e.anchor}">${e.title}</h2>
${facts(e, href)}
${sources(e, href)}${claims(e, href)}${history}
</article>`;
}
