// Site-relative paths of every page ("/years/2017/02/"); templates pass them through Eleventy's `url` filter.
import type { DatePoint, EventType } from "../types.ts";

/**
 * A file-system and URL safe segment for an id: ids from the pipeline are already slugs
 * ("2017-02-15-astana-talks-round-2") and pass unchanged; anything else ("a/b", "..") is
 * flattened so a hostile id can never write outside its folder.
 */
export function pageSlug(id: string): string {
  const slug = id.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "");
  return slug || "item";
}

/**
 * An event's permalink: its entry on the page of its month ("/years/2017/02/#e-<slug>"), or of its
 * year's undated events ("/years/2017/undated/#e-…") when the sources give no month. Events have no
 * pages of their own: at 10,000 articles that would be 60,000 pages, most of a build's time.
 */
export const eventPath = (event: { id: string; date: { start: DatePoint } }): string =>
  `${monthPath(event.date.start.year, event.date.start.month)}#${eventAnchor(event.id)}`;
/** The page of one month's events with their sources: "/years/2017/02/"; "/years/2017/undated/" for year-only dates. */
export const monthPath = (year: number, month: number | undefined): string =>
  `/years/${year}/${month === undefined ? "undated" : String(month).padStart(2, "0")}/`;
export const actorPath = (id: string): string => `/actors/${pageSlug(id)}/`;
/** One year of an actor's events, when they are too many for one page: "/actors/russia/2017/". */
export const actorYearPath = (id: string, year: number): string => `/actors/${pageSlug(id)}/${year}/`;
export const articlePath = (id: string): string => `/articles/${pageSlug(id)}/`;
export const yearPath = (year: number): string => `/years/${year}/`;
export const typePath = (type: EventType): string => `/types/${type}/`;
export const typeYearPath = (type: EventType, year: number): string => `/types/${type}/${year}/`;

/** The in-page anchor of an event on timeline listings: "e-<slug>". */
export const eventAnchor = (id: string): string => `e-${pageSlug(id)}`;

/** The anchor of a month section: "m-2017-02"; "m-2017" for events known only to the year. */
export function monthAnchor(year: number, month: number | undefined): string {
  return month === undefined ? `m-${year}` : `m-${year}-${String(month).padStart(2, "0")}`;
}
